package com.merchantanalysis.simulator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.common.testsupport.MessageBundles;
import com.merchantanalysis.common.testsupport.ServiceApiTest;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.simulator.merchant.domain.MerchantService;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16: what an import tells the shop owner (row errors, skipped rows, refusals, a job's result)
 * is in Chinese without Accept-Language or with zh-CN, in English with en, names the row and field,
 * and has no code in it (the bill's REVOKED is told as a word). A job started in one language is read
 * in the other.
 */
class BilingualImportIT extends ServiceApiTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final String HEADER = "交易时间,微信订单号,交易状态,应结订单金额,微信退款单号,退款金额,手续费,货币种类\n";
    /** A WeChat Pay trade bill: two payments, four broken rows (lines 3, 5, 6, 7) and a revoked one (line 4). */
    private static final String BILL = HEADER
            + "`2025-03-01 12:03:11,`4200002025030100000000001,`SUCCESS,`268.00,`,`0.00,`1.61,`CNY\n"
            + "`2025-03-01 12:10:00,`4200002025030100000000002,`SUCCESS,`12.3.4,`,`0.00,`0.07,`CNY\n"
            + "`2025-03-01 12:20:05,`4200002025030100000000003,`REVOKED,`0.00,`,`0.00,`0.00,`CNY\n"
            + "`yesterday,`4200002025030100000000004,`SUCCESS,`20.00,`,`0.00,`0.12,`CNY\n"
            + "`2025-03-01 12:40:00,`4200002025030100000000005,`FOO,`20.00,`,`0.00,`0.12,`CNY\n"
            + "`2025-03-02 10:15:40,`4200002025030100000000001,`REFUND,`0.00,`,`68.00,`-0.41,`CNY\n"
            + "`2025-03-02 11:00:00,`4200002025030100000000006,`SUCCESS,`88.00,`,`0.00,`0.53,`CNY\n";
    private static final List<Integer> ERROR_LINES = List.of(3, 5, 6, 7);
    private static final List<String> ERROR_FIELDS = List.of("amount", "timestamp", "交易状态", "微信退款单号");

    @Test
    void rowErrorsAndSkippedRowsAreChineseByDefaultAndEnglishOnAskWithTheirLinesAndNoCodes() {
        JsonNode byDefault = importBill(MerchantDataStore.newMerchant(mongo), null, BILL).json();
        JsonNode chinese = importBill(MerchantDataStore.newMerchant(mongo), "zh-CN", BILL).json();
        JsonNode english = importBill(MerchantDataStore.newMerchant(mongo), "en", BILL).json();

        for (JsonNode answer : List.of(byDefault, chinese, english)) {
            assertThat(answer.get("stored").asInt()).isEqualTo(2);
            assertThat(answer.get("rejected").asInt()).isEqualTo(4);
            assertThat(answer.get("skipped").asInt()).isEqualTo(1);
            assertThat(answer.get("errors").findValues("line").stream().map(JsonNode::asInt).toList())
                    .isEqualTo(ERROR_LINES);
            assertThat(answer.get("errors").findValuesAsString("field")).isEqualTo(ERROR_FIELDS);
            assertThat(answer.get("skippedRows").get(0).get("lines").get(0).asInt()).isEqualTo(4);
            assertThat(sentences(answer)).allSatisfy(s -> assertThat(s).doesNotContainPattern(MessageBundles.CODE));
        }
        assertThat(byDefault.get("errors")).isEqualTo(chinese.get("errors"));
        assertThat(byDefault.get("skippedRows")).isEqualTo(chinese.get("skippedRows"));

        assertThat(messages(chinese)).allSatisfy(m -> assertThat(m).containsPattern(HAN)).containsExactly(
                "必须是普通的十进制数，例如 12.50",
                "时间格式应为带时区的 ISO-8601（2025-03-01T12:30:00+08:00），或商户所在时区的本地时间（2025-03-01T12:30:00）",
                "“FOO”不是这种账单的交易状态：已支付和已退款的行会导入，已撤销、已关闭、未支付、支付失败和支付中的行会跳过",
                "退款行必须填写");
        assertThat(reason(chinese)).isEqualTo("交易状态为“已撤销”：已撤销、已关闭、已退回或未支付，没有资金往来");

        assertThat(messages(english)).allSatisfy(m -> assertThat(m).doesNotContainPattern(HAN)).containsExactly(
                "must be a plain decimal number such as 12.50",
                "must be ISO-8601 with an offset (2025-03-01T12:30:00+08:00) or a local date-time in the merchant’s"
                        + " zone (2025-03-01T12:30:00)",
                "“FOO” is not a state of this bill: paid and refunded rows are imported; revoked, closed, unpaid, failed"
                        + " and pending ones are skipped",
                "is required on a refund row");
        // the column is named as the bill names it
        assertThat(reason(english)).isEqualTo("交易状态 is “revoked”: revoked, closed, returned or never paid, no money moved");
    }

    @Test
    void aRefusedImportSaysWhyInTheCallersLanguage() {
        MerchantDocument merchant = MerchantDataStore.newMerchant(mongo);
        String noValidRow = HEADER + "`yesterday,`4200002025030100000000004,`SUCCESS,`20.00,`,`0.00,`0.12,`CNY\n"
                + "`2025-03-01 12:20:05,`4200002025030100000000003,`REVOKED,`0.00,`,`0.00,`0.00,`CNY\n";
        String notRecognised = "交易时间,金额\n2025-03-01 10:00:00,1.00\n";

        TestHttp.Response zh = importBill(merchant, null, noValidRow);
        TestHttp.Response en = importBill(merchant, "en", noValidRow);
        TestHttp.Response hintZh = http.send(request(merchant, "zh-CN", notRecognised, null));
        TestHttp.Response hintEn = http.send(request(merchant, "en", notRecognised, null));

        assertThat(zh.status()).isEqualTo(422);
        assertThat(zh.contentType()).startsWith("application/problem+json");
        assertThat(zh.json().get("detail").asString())
                .isEqualTo("没有一行可以导入：1 行有误，另有 1 行因没有资金往来而跳过；未保存任何数据");
        assertThat(zh.json().get("errors").get(0).get("message").asString()).startsWith("时间格式应为");
        assertThat(en.json().get("detail").asString())
                .isEqualTo("No row could be imported: 1 rejected, 1 more skipped as moving no money; nothing was stored");
        assertThat(en.json().get("errors").get(0).get("message").asString()).startsWith("must be ISO-8601");
        assertThat(en.json().get("errors").get(0).get("line").asInt()).isEqualTo(2);
        // which format to add, said in the reader's language
        assertThat(hintZh.status()).isEqualTo(400);
        assertThat(hintZh.json().get("detail").asString()).startsWith("第 1 行（header）：未知的列“交易时间”；")
                .contains("没有被识别为微信支付或支付宝账单", "format=wechat", "format=alipay");
        assertThat(hintEn.json().get("detail").asString()).startsWith("Line 1 (header): unknown column “交易时间”;")
                .contains("not recognised as a WeChat Pay or Alipay bill", "format=wechat", "format=alipay");
        for (TestHttp.Response refusal : List.of(zh, en, hintZh, hintEn)) {
            assertThat(refusal.json().get("detail").asString()).doesNotContainPattern(MessageBundles.CODE);
        }
    }

    @Test
    void aJobStartedInEnglishIsReadInChineseAndTheOtherWayRound() {
        MerchantDocument merchant = MerchantDataStore.newMerchant(mongo);
        String failing = HEADER + "`yesterday,`4200002025030100000000004,`SUCCESS,`20.00,`,`0.00,`0.12,`CNY\n";

        String succeeded = startJob(merchant, "en", BILL);
        String failed = startJob(merchant, "zh-CN", failing);

        JsonNode zh = awaitJob(succeeded, null);
        JsonNode en = awaitJob(succeeded, "en");
        assertThat(zh.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(messages(zh.get("result")).get(0)).isEqualTo("必须是普通的十进制数，例如 12.50");
        assertThat(reason(zh.get("result"))).isEqualTo("交易状态为“已撤销”：已撤销、已关闭、已退回或未支付，没有资金往来");
        assertThat(messages(en.get("result")).get(0)).isEqualTo("must be a plain decimal number such as 12.50");
        assertThat(zh.get("result").get("errors").findValues("line").stream().map(JsonNode::asInt).toList())
                .isEqualTo(ERROR_LINES);

        JsonNode failedInEnglish = awaitJob(failed, "en");
        JsonNode failedInChinese = awaitJob(failed, "zh-CN");
        assertThat(failedInEnglish.get("state").asString()).isEqualTo("FAILED");
        assertThat(failedInEnglish.get("errors").get(0).asString())
                .isEqualTo("No row could be imported: 1 rejected; nothing was stored");
        assertThat(failedInChinese.get("errors").get(0).asString()).isEqualTo("没有一行可以导入：1 行有误；未保存任何数据");
        assertThat(failedInEnglish.get("result").get("errors").get(0).get("message").asString())
                .startsWith("must be ISO-8601");
    }

    @Test
    void aJobStoredWhenItsSentencesWereEnglishTextStillReadsInBothLanguages() {
        MerchantDocument merchant = MerchantDataStore.newMerchant(mongo);
        String failing = HEADER + "`yesterday,`4200002025030100000000004,`SUCCESS,`20.00,`,`0.00,`0.12,`CNY\n";
        String jobId = startJob(merchant, "en", failing);
        awaitJob(jobId, null);
        // As jobs were stored before their sentences were kept without a language.
        var rewritten = mongo.getCollection(MerchantService.SIMULATION_JOBS).updateOne(
                Filters.eq("_id", new ObjectId(jobId)), Updates.combine(
                        Updates.set("errors", List.of("None of the 1 rows could be imported")),
                        Updates.set("result.errors.0.message", "must be ISO-8601")));
        assertThat(rewritten.getModifiedCount()).isEqualTo(1);

        JsonNode chinese = awaitJob(jobId, "zh-CN");
        JsonNode english = awaitJob(jobId, "en");

        assertThat(chinese.get("errors").get(0).asString())
                .isEqualTo("None of the 1 rows could be imported（早前记录，按原文显示）");
        assertThat(english.get("errors").get(0).asString())
                .isEqualTo("None of the 1 rows could be imported (earlier record, as stored)");
        assertThat(messages(english.get("result"))).containsExactly("must be ISO-8601 (earlier record, as stored)");
    }

    private TestHttp.Response importBill(MerchantDocument merchant, String language, String bill) {
        return http.send(request(merchant, language, bill, "wechat"));
    }

    private String startJob(MerchantDocument merchant, String language, String bill) {
        TestHttp.Response started = http.send(request(merchant, language, bill, "wechat")
                .header("Prefer", "respond-async"));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return started.json().get("id").asString();
    }

    /** @param format null to have the file recognised */
    private HttpRequest.Builder request(MerchantDocument merchant, String language, String bill, String format) {
        HttpRequest.Builder request = http.request("/api/v1/simulator/merchants/" + merchant.id()
                + "/transactions:import" + (format == null ? "" : "?format=" + format), TestTokens.admin())
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(bill, StandardCharsets.UTF_8));
        return language == null ? request : request.header("Accept-Language", language);
    }

    private JsonNode awaitJob(String jobId, String language) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            HttpRequest.Builder read = http.request("/api/v1/simulator/jobs/" + jobId, TestTokens.admin()).GET();
            return http.send(language == null ? read : read.header("Accept-Language", language)).json();
        }, job -> job.get("state").asString().equals("SUCCEEDED") || job.get("state").asString().equals("FAILED"));
    }

    private static List<String> messages(JsonNode result) {
        return result.get("errors").findValuesAsString("message");
    }

    private static String reason(JsonNode result) {
        return result.get("skippedRows").get(0).get("reason").asString();
    }

    private static List<String> sentences(JsonNode result) {
        return Stream.concat(messages(result).stream(),
                result.get("skippedRows").findValuesAsString("reason").stream()).toList();
    }
}
