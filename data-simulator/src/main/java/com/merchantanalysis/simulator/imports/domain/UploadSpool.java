package com.merchantanalysis.simulator.imports.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.merchantanalysis.common.web.PayloadTooLargeException;

/**
 * The upload, kept in a temporary file so that it can be read twice (check everything, then store)
 * without holding it in memory. Deleted on close.
 */
final class UploadSpool implements AutoCloseable {

    /** Chinese bill downloads (Alipay in particular) are GBK; GB18030 is its superset. */
    private static final Charset CHINESE_LEGACY = Charset.forName("GB18030");
    private static final int PROBE_BYTES = 8192;

    private final Path file;
    private final Charset charset;

    private UploadSpool(Path file, Charset charset) {
        this.file = file;
        this.charset = charset;
    }

    /**
     * Copies the body, refusing it once it passes the limit.
     *
     * @param declared the charset the client named, or null to tell UTF-8 from GB18030 by the bytes
     */
    static UploadSpool of(InputStream body, long maxBytes, Charset declared) {
        Path file = null;
        try {
            file = Files.createTempFile("transactions-import-", ".upload");
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int read;
                while ((read = body.read(buffer)) >= 0) {
                    total += read;
                    if (total > maxBytes) {
                        throw ImportFileException.tooLarge(maxBytes);
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (!looksLikeText(file)) {
                throw ImportFileException.notText();
            }
            return new UploadSpool(file, declared != null ? declared : isUtf8(file) ? StandardCharsets.UTF_8
                    : CHINESE_LEGACY);
        } catch (PayloadTooLargeException e) {
            // the service-wide body limit (merchant.web.max-request-body) struck first
            delete(file);
            throw ImportFileException.tooLarge(maxBytes);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    Reader open() {
        try {
            return new InputStreamReader(Files.newInputStream(file), charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Charset charset() {
        return charset;
    }

    @Override
    public void close() {
        delete(file);
    }

    /** A NUL byte near the start means a binary file (an image, a spreadsheet, a zip), not text. */
    private static boolean looksLikeText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] probe = in.readNBytes(PROBE_BYTES);
            for (byte b : probe) {
                if (b == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean isUtf8(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[16 * 1024];
            while (reader.read(buffer) >= 0) {
                // reading is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
