package com.merchantanalysis.costs.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.merchantanalysis.common.testsupport.MessageBundles;
import com.merchantanalysis.costs.support.CostApiTest;
import com.merchantanalysis.costs.support.Fixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every answer family reads in Chinese without a header or with {@code Accept-Language: zh-CN}, and in
 * English with {@code en}: no enum code inside a sentence, amounts as ¥1,234.56. Each answer is asked for in
 * Chinese first and then in English for the same merchant and period, so a cached Chinese answer served to
 * an English caller would fail here.
 */
class LanguageApiIT extends CostApiTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** A yuan amount anywhere but in the one format: ¥ then digits grouped by thousands and two decimals. */
    private static final Pattern BAD_MONEY = Pattern.compile("¥(?!-?\\d{1,3}(,\\d{3})*\\.\\d{2}(?!\\d))|CNY|RMB");
    /** The fields a person reads; {@code source} is a citation (titles of documents) and is left as cited. */
    private static final List<String> TEXT_FIELDS = List.of("title", "evidence", "derivation", "detail", "assessment",
            "label", "note", "reason", "unknownReason", "baseline", "warnings");

    private static final String WINTER = "?from=2024-12-01&to=2025-02-28";
    /** Ten days past the data: every answer's completeness then has a warning to read. */
    private static final String PAST_THE_DATA = "?from=2024-12-01&to=2025-03-10";
    private static final String AUTUMN = "?from=2024-09-01&to=2024-11-30";
    /** Each answer family, with a period in which it has sentences to show. */
    private static final Map<String, String> ANSWERS = Map.of(
            "structure", PAST_THE_DATA,
            "break-even", PAST_THE_DATA + "&rentChangePct=10",
            "benchmarks", WINTER,
            "fee-audit", PAST_THE_DATA,
            "anomalies", AUTUMN,
            "actions", AUTUMN,
            "summary", WINTER,
            "totals", PAST_THE_DATA);

    @BeforeEach
    void data() {
        Fixtures.planted(mongo);
    }

    @Test
    void everyAnswerReadsInChineseByDefaultAndInEnglishOnRequest() {
        ANSWERS.forEach((answer, query) -> {
            String path = MERCHANTS + Fixtures.PLANTED + "/" + answer + query;
            List<String> byDefault = texts(ok(path));
            List<String> chinese = texts(ok(path, "zh-CN,zh;q=0.9"));
            List<String> english = texts(english(path));

            assertThat(byDefault).as(answer).isNotEmpty().isEqualTo(chinese);
            assertThat(english).as(answer).hasSameSizeAs(chinese);
            for (String text : chinese) {
                assertThat(HAN.matcher(text).find()).as("%s in Chinese: %s", answer, text).isTrue();
                assertReadable(answer, text);
            }
            for (String text : english) {
                assertThat(text).as("%s in English", answer).containsPattern("[a-z]{3}");
                assertReadable(answer, text);
            }
        });
    }

    @Test
    void englishSentencesAreEnglishWhereverTheCodeWroteThem() {
        JsonNode summary = english(MERCHANTS + Fixtures.PLANTED + "/summary" + WINTER);
        JsonNode anomalies = english(MERCHANTS + Fixtures.PLANTED + "/anomalies" + AUTUMN);

        // The citations of the benchmark sources may name a Chinese publisher; nothing else in English has Chinese.
        for (JsonNode action : summary.get("actions")) {
            assertThat(HAN.matcher(action.get("title").asString() + action.get("derivation").asString()).find())
                    .as(action.toString()).isFalse();
        }
        for (JsonNode leak : summary.get("topLeaks")) {
            assertThat(HAN.matcher(leak.get("detail").asString()).find()).as(leak.toString()).isFalse();
        }
        for (JsonNode anomaly : anomalies.get("anomalies")) {
            assertThat(HAN.matcher(anomaly.get("baseline").asString()).find()).as(anomaly.toString()).isFalse();
        }
        assertThat(summary.get("actions").findValuesAsString("title"))
                .contains("Claim back WeChat Pay fees above the contracted rate");
    }

    @Test
    void aCachedChineseAnswerIsNeverServedToAnEnglishCaller() {
        // A period no other test asks for: the Chinese answer is computed and cached first.
        String path = MERCHANTS + Fixtures.PLANTED + "/summary?from=2024-12-02&to=2025-02-27";

        JsonNode chinese = ok(path);
        JsonNode english = english(path);
        JsonNode chineseAgain = ok(path, "zh-CN");

        assertThat(chinese.get("actions").findValuesAsString("title")).contains("向微信支付追回超出约定费率的手续费");
        assertThat(english.get("actions").findValuesAsString("title"))
                .contains("Claim back WeChat Pay fees above the contracted rate")
                .noneMatch(title -> HAN.matcher(title).find());
        assertThat(chineseAgain).isEqualTo(chinese);
        assertThat(english.get("feeOverchargeYuan")).isEqualTo(chinese.get("feeOverchargeYuan"));
    }

    @Test
    void anotherLanguageIsAnsweredInChinese() {
        String path = MERCHANTS + Fixtures.PLANTED + "/actions" + AUTUMN;

        assertThat(texts(ok(path, "fr-FR"))).isEqualTo(texts(ok(path)));
    }

    private static void assertReadable(String answer, String text) {
        assertThat(MessageBundles.CODE.matcher(text).find()).as("%s has a code: %s", answer, text).isFalse();
        assertThat(BAD_MONEY.matcher(text).find()).as("%s has an amount not as ¥1,234.56: %s", answer, text).isFalse();
        assertThat(text).as(answer).doesNotContain("null").doesNotContain("{");
    }

    /** The human-readable texts of an answer, in document order, skipping the cited sources. */
    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        collect(node, texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, texts));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (String name : node.propertyNames()) {
            JsonNode value = node.get(name);
            if (name.equals("source")) {
                continue;
            }
            if (TEXT_FIELDS.contains(name) && value.isString()) {
                texts.add(value.asString());
            } else if (name.equals("warnings")) {
                value.forEach(warning -> texts.add(warning.asString()));
            } else {
                collect(value, texts);
            }
        }
    }
}
