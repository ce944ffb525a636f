package com.merchantanalysis.simulator.imports.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable stand-ins for payers' card numbers, accounts and user ids: those are personal data, and the
 * contract stores only hashed counterparty ids. The same input always gives the same stand-in, so
 * "same card repeatedly" stays visible.
 */
public final class Pseudonyms {

    private Pseudonyms() {
    }

    public static String hash(String prefix, String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
