package com.merchantanalysis.compliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.merchantanalysis.common.testsupport.MessageBundles;
import com.merchantanalysis.common.testsupport.TestHttp;

import tools.jackson.databind.JsonNode;

/** Asks the API in a language and checks the sentences of an answer are written in it, without codes. */
public final class Language {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern AMOUNT = Pattern.compile("¥[0-9][0-9,.]*[0-9]");
    /** Names quoted as they are, not codes: the test kit's licence numbers, card-scheme programmes. */
    private static final Pattern NAMES = Pattern.compile("JY-PLANTED-[\\w-]+|Visa VAMP|Mastercard H?ECM");
    /** A regulation's title, which stays Chinese in English text. */
    private static final Pattern TITLE = Pattern.compile("《[^》]+》");

    private Language() {
    }

    public static TestHttp.Response get(TestHttp http, String path, String token, String acceptLanguage) {
        return http.send(http.request(path, token).header("Accept-Language", acceptLanguage).GET());
    }

    /** Every {@code fields} value anywhere in {@code answer} is Chinese, without codes (at least one is there). */
    public static void assertChinese(JsonNode answer, List<String> fields) {
        List<String> texts = texts(answer, fields);
        for (String text : texts) {
            assertThat(HAN.matcher(text).find()).as("Chinese: %s", text).isTrue();
            assertNoCode(text);
        }
    }

    /** Every {@code fields} value anywhere in {@code answer} is English, amounts as ¥1,234.56. */
    public static void assertEnglish(JsonNode answer, List<String> fields) {
        for (String text : texts(answer, fields)) {
            assertThat(HAN.matcher(TITLE.matcher(text).replaceAll("")).find()).as("English: %s", text).isFalse();
            assertNoCode(text);
        }
    }

    private static void assertNoCode(String text) {
        String withoutNames = NAMES.matcher(text).replaceAll("");
        assertThat(MessageBundles.CODE.matcher(withoutNames).find()).as("code in: %s", text).isFalse();
        Matcher amounts = AMOUNT.matcher(text);
        while (amounts.find()) {
            assertThat(amounts.group()).as(text).matches("¥\\d{1,3}(,\\d{3})*(\\.\\d{2})?");
        }
    }

    private static List<String> texts(JsonNode answer, List<String> fields) {
        List<String> texts = fields.stream().flatMap(field -> answer.findValues(field).stream())
                .filter(JsonNode::isString).map(JsonNode::asString).toList();
        assertThat(texts).as("texts %s in %s", fields, answer).isNotEmpty();
        return texts;
    }
}
