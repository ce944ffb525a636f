package com.merchantanalysis.simulator.imports.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.merchantanalysis.common.web.PayloadTooLargeException;

/**
 * The upload, kept in a temporary file so that it can be read twice (check everything, then store)
 * without holding it in memory, and handed to a job when it is large. Deleted on close.
 *
 * <p>Its encoding: a byte-order mark wins (UTF-8, UTF-16); then the charset the client declared, which
 * must fit the bytes if it is UTF-8 (a GBK bill sent as UTF-8 would be read as garbage); without
 * either, UTF-8 if the bytes are valid UTF-8, else GB18030 (the superset of GBK, which Alipay uses).
 */
final class UploadSpool implements AutoCloseable {

    /** Chinese bill downloads (Alipay in particular) are GBK; GB18030 is its superset. */
    static final Charset CHINESE_LEGACY = Charset.forName("GB18030");
    private static final int PROBE_BYTES = 8192;

    private final Path file;
    private final Charset charset;
    private final int bomLength;
    private final long size;
    private final long lines;

    private UploadSpool(Path file, Charset charset, int bomLength, long size, long lines) {
        this.file = file;
        this.charset = charset;
        this.bomLength = bomLength;
        this.size = size;
        this.lines = lines;
    }

    /**
     * Copies the body, refusing it once it passes the limit.
     *
     * @param declared the charset the client named, or null to tell UTF-8 from GB18030 by the bytes
     * @throws ImportFileException too large, not text, or not in the declared UTF-8
     */
    static UploadSpool of(InputStream body, long maxBytes, Charset declared) {
        Path file = null;
        try {
            file = Files.createTempFile("transactions-import-", ".upload");
            long total = 0;
            long newlines = 0;
            int last = -1;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = body.read(buffer)) >= 0) {
                    total += read;
                    if (total > maxBytes) {
                        throw ImportFileException.tooLarge(maxBytes);
                    }
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            newlines++;
                        }
                    }
                    if (read > 0) {
                        last = buffer[read - 1];
                    }
                    out.write(buffer, 0, read);
                }
            }
            byte[] probe = probe(file);
            Bom bom = Bom.of(probe);
            if (bom == null && !looksLikeText(probe)) {
                throw ImportFileException.notText();
            }
            Charset charset = bom != null ? bom.charset : declared != null ? legacySuperset(declared)
                    : firstInvalidUtf8Line(file) == 0 ? StandardCharsets.UTF_8 : CHINESE_LEGACY;
            if (bom == null && declared != null && StandardCharsets.UTF_8.equals(declared)) {
                long badLine = firstInvalidUtf8Line(file);
                if (badLine > 0) {
                    throw ImportFileException.notDeclaredCharset(badLine, declared);
                }
            }
            long lines = newlines + (last >= 0 && last != '\n' ? 1 : 0);
            return new UploadSpool(file, charset, bom == null ? 0 : bom.length, total, lines);
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

    /** The text, after any byte-order mark. */
    Reader open() {
        try {
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(bomLength);
            return new InputStreamReader(in, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Charset charset() {
        return charset;
    }

    long size() {
        return size;
    }

    /** Lines in the file, header block and header included. */
    long lines() {
        return lines;
    }

    @Override
    public void close() {
        delete(file);
    }

    private static byte[] probe(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(PROBE_BYTES);
        }
    }

    /** A NUL byte near the start means a binary file (an image, a spreadsheet, a zip), not text. */
    private static boolean looksLikeText(byte[] probe) {
        for (byte b : probe) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    /** GBK and GB2312 bills may use characters only GB18030 names; it reads both unchanged. */
    private static Charset legacySuperset(Charset declared) {
        String name = declared.name();
        return name.equalsIgnoreCase("GBK") || name.equalsIgnoreCase("GB2312") ? CHINESE_LEGACY : declared;
    }

    /** The first line (1 = first) with bytes that are not UTF-8, or 0 if the whole file is UTF-8. */
    private static long firstInvalidUtf8Line(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        // UTF-8 never gives more chars than it has bytes, so one pass per buffer cannot overflow
        CharBuffer out = CharBuffer.allocate(in.capacity());
        long line = 1;
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(in) < 0;
                in.flip();
                int from = in.position();
                CoderResult result = decoder.decode(in, out, end);
                // the newlines before the first bad byte: it is on the line after them
                for (int i = from; i < in.position(); i++) {
                    if (in.get(i) == '\n') {
                        line++;
                    }
                }
                if (result.isError()) {
                    return line;
                }
                out.clear();
                in.compact();
            }
        }
        return 0;
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

    /** The byte-order marks Windows tools write at the start of a text file. */
    private enum Bom {
        UTF_8(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, StandardCharsets.UTF_8),
        UTF_16LE(new byte[] { (byte) 0xFF, (byte) 0xFE }, StandardCharsets.UTF_16LE),
        UTF_16BE(new byte[] { (byte) 0xFE, (byte) 0xFF }, StandardCharsets.UTF_16BE);

        private final byte[] bytes;
        private final Charset charset;
        private final int length;

        Bom(byte[] bytes, Charset charset) {
            this.bytes = bytes;
            this.charset = charset;
            this.length = bytes.length;
        }

        static Bom of(byte[] start) {
            for (Bom bom : values()) {
                if (start.length >= bom.length && Arrays.equals(start, 0, bom.length, bom.bytes, 0,
                        bom.length)) {
                    return bom;
                }
            }
            return null;
        }
    }
}
