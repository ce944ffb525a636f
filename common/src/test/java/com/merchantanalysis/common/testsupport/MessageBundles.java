package com.merchantanalysis.common.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Checks an app's two message bundles (messages.properties in Chinese, messages_en.properties in
 * English) as a reader of either language would: the same keys, each sentence in its own language, no
 * enum codes inside a sentence.
 */
public final class MessageBundles {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /**
     * FOOD_BUSINESS_LICENCE, NOVEMBER, RATIO: a code a person should never read. Short abbreviations a
     * reader knows (VAT, POS) pass.
     */
    public static final Pattern CODE = Pattern.compile("\\b([A-Z]+_[A-Z_]+|[A-Z]{4,})\\b");

    private MessageBundles() {
    }

    public static void assertBilingual() {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).as("keys of messages_en.properties")
                .containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
        chinese.stringPropertyNames().forEach(key -> {
            String zh = chinese.getProperty(key);
            String en = english.getProperty(key);
            assertThat(HAN.matcher(zh).find()).as("%s in Chinese: %s", key, zh).isTrue();
            assertThat(HAN.matcher(en).find()).as("%s in English has Chinese: %s", key, en).isFalse();
            assertThat(CODE.matcher(withoutPlaceholders(zh)).find()).as("%s has a code: %s", key, zh).isFalse();
            assertThat(CODE.matcher(withoutPlaceholders(en)).find()).as("%s has a code: %s", key, en).isFalse();
        });
    }

    private static String withoutPlaceholders(String message) {
        return message.replaceAll("\\{[^}]*}", "");
    }

    private static Properties load(String name) {
        try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
