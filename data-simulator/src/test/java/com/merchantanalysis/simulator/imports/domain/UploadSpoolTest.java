package com.merchantanalysis.simulator.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class UploadSpoolTest {

    private static final String BILL = "交易时间,交易类型,收/支\n2025-03-01 12:00:00,二维码收款,收入\n";
    private static final Charset GBK = Charset.forName("GBK");

    private static UploadSpool spool(byte[] bytes, Charset declared) {
        return UploadSpool.of(new ByteArrayInputStream(bytes), 1024 * 1024, declared);
    }

    private static String text(UploadSpool spool) throws IOException {
        StringWriter text = new StringWriter();
        try (Reader reader = spool.open()) {
            reader.transferTo(text);
        }
        return text.toString();
    }

    private static byte[] withBom(byte[] bom, byte[] text) {
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        return bytes;
    }

    @Test
    void gbkWithoutACharsetIsRecognised() throws IOException {
        try (UploadSpool spool = spool(BILL.getBytes(GBK), null)) {
            assertThat(spool.charset().name()).isEqualTo("GB18030");
            assertThat(text(spool)).isEqualTo(BILL);
            assertThat(spool.lines()).isEqualTo(2);
        }
    }

    @Test
    void aByteOrderMarkSaysTheEncodingAndIsNotPartOfTheText() throws IOException {
        byte[] utf8 = withBom(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, BILL.getBytes(StandardCharsets.UTF_8));
        byte[] utf16 = withBom(new byte[] { (byte) 0xFF, (byte) 0xFE }, BILL.getBytes(StandardCharsets.UTF_16LE));
        try (UploadSpool spool = spool(utf8, GBK)) {
            assertThat(spool.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(text(spool)).isEqualTo(BILL);
        }
        // UTF-16 has NUL bytes, yet it is text
        try (UploadSpool spool = spool(utf16, null)) {
            assertThat(spool.charset()).isEqualTo(StandardCharsets.UTF_16LE);
            assertThat(text(spool)).isEqualTo(BILL);
        }
    }

    @Test
    void gbkDeclaredAsUtf8IsRefusedNamingTheLineAndTheEncoding() {
        byte[] bytes = ("ascii header\n" + BILL).getBytes(GBK);

        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        assertThatThrownBy(() -> spool(bytes, StandardCharsets.UTF_8)).isInstanceOfSatisfying(ImportFileException.class,
                e -> {
                    assertThat(e.updateAndGetBody(messages, Locale.ENGLISH).getDetail())
                            .contains("line 2", "not valid UTF-8", "GBK");
                    assertThat(e.updateAndGetBody(messages, Locale.SIMPLIFIED_CHINESE).getDetail())
                            .contains("第 2 行", "不是有效的 UTF-8 编码", "GBK");
                });
    }

    @Test
    void gbkDeclaredAsGbkIsReadAsGb18030() throws IOException {
        try (UploadSpool spool = spool(BILL.getBytes(GBK), GBK)) {
            assertThat(spool.charset().name()).isEqualTo("GB18030");
            assertThat(text(spool)).isEqualTo(BILL);
        }
    }
}
