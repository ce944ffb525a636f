package com.merchantanalysis.simulator.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.common.testsupport.ServiceApiTest;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** Listing, exporting and the daily rollups over real HTTP, after an import. */
class TransactionReadApiIT extends ServiceApiTest {

    private String base(MerchantDocument merchant) {
        return "/api/v1/simulator/merchants/" + merchant.id();
    }

    /** A merchant with the four valid rows of own-mixed.csv (2025-03-01..03-03). */
    private MerchantDocument merchantWithData() {
        MerchantDocument merchant = MerchantDataStore.newMerchant(mongo);
        var response = post(merchant, "text/csv", resource("own-mixed.csv"));
        assertThat(response.json().get("stored").asInt()).isEqualTo(4);
        return merchant;
    }

    private TestHttp.Response post(MerchantDocument merchant, String contentType, byte[] body) {
        return http.send(http.request(base(merchant) + "/transactions:import", TestTokens.admin())
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static byte[] resource(String name) {
        try (InputStream in = TransactionReadApiIT.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void transactionsAreListedInTimeOrderWithFiltersAndPages() {
        MerchantDocument merchant = merchantWithData();

        JsonNode all = http.get(base(merchant) + "/transactions", TestTokens.analyst()).json();
        JsonNode firstDay = http.get(base(merchant) + "/transactions?from=2025-03-01&to=2025-03-01",
                TestTokens.merchant(merchant.id())).json();
        JsonNode sales = http.get(base(merchant) + "/transactions?kind=SALE&channel=ALIPAY", TestTokens.admin())
                .json();
        JsonNode secondPage = http.get(base(merchant) + "/transactions?page=1&size=3", TestTokens.admin()).json();

        assertThat(all.get("items").findValuesAsString("externalId")).containsExactly("A-1", "A-2", "A-3", "A-7");
        assertThat(all.get("totalItems").asLong()).isEqualTo(4);
        JsonNode first = all.get("items").get(0);
        assertThat(first.get("timestamp").asString()).isEqualTo("2025-03-01T12:30:00+08:00");
        assertThat(first.get("date").asString()).isEqualTo("2025-03-01");
        assertThat(first.get("amount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(first.get("amount").toString()).isEqualTo("100.00");
        assertThat(firstDay.get("items").findValuesAsString("externalId")).containsExactly("A-1", "A-2");
        assertThat(sales.get("items").findValuesAsString("externalId")).containsExactly("A-2");
        assertThat(secondPage.get("items").findValuesAsString("externalId")).containsExactly("A-7");
        assertThat(secondPage.get("totalPages").asInt()).isEqualTo(2);
    }

    @Test
    void badQueryValuesAre400NamingTheField() {
        MerchantDocument merchant = MerchantDataStore.newMerchant(mongo);
        String transactions = base(merchant) + "/transactions";

        assertThat(field(http.get(transactions + "?from=2025-13-01", TestTokens.admin()))).isEqualTo("from");
        assertThat(field(http.get(transactions + "?size=501", TestTokens.admin()))).isEqualTo("size");
        assertThat(field(http.get(transactions + "?kind=GIFT", TestTokens.admin()))).isEqualTo("kind");
        assertThat(field(http.get(transactions + "?channel=PAYPAL", TestTokens.admin()))).isEqualTo("channel");
        assertThat(field(http.get(transactions + "?from=2025-03-02&to=2025-03-01", TestTokens.admin())))
                .isEqualTo("to");
        assertThat(field(http.get(base(merchant) + "/daily?to=yesterday", TestTokens.admin()))).isEqualTo("to");
    }

    private static String field(TestHttp.Response response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json().get("errors").get(0).get("field").asString();
    }

    @Test
    void theCsvExportNeutralisesFormulaCellsAndReimportsAsDuplicates() {
        MerchantDocument merchant = merchantWithData();

        var export = http.get(base(merchant) + "/transactions.csv", TestTokens.merchant(merchant.id()));
        var negotiated = http.send(http.request(base(merchant) + "/transactions?kind=RENT", TestTokens.admin())
                .header("Accept", "text/csv").GET());

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("attachment");
        List<CSVRecord> rows = csv(export.body());
        assertThat(rows).extracting(r -> r.get("externalId")).containsExactly("A-1", "A-2", "A-3", "A-7");
        assertThat(rows.get(0).get("description")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(rows.get(2).get("description")).isEqualTo("'-3200 rent for March");
        assertThat(rows.get(3).get("description")).startsWith("'@SUM(A1:A2)");
        assertThat(rows.get(1).get("description")).isEqualTo("午市套餐");
        assertThat(rows.get(2).get("amount")).isEqualTo("3200.00");
        assertThat(rows.get(0).get("timestamp")).isEqualTo("2025-03-01T12:30+08:00");
        assertThat(csv(negotiated.body())).extracting(r -> r.get("externalId")).containsExactly("A-3");

        JsonNode reimport = post(merchant, "text/csv", export.body().getBytes(StandardCharsets.UTF_8))
                .json();
        assertThat(reimport.get("stored").asInt()).isZero();
        assertThat(reimport.get("duplicates").asInt()).isEqualTo(4);
    }

    @Test
    void dailyRollupsAreServedForMerchantLocalDates() {
        MerchantDocument merchant = merchantWithData();

        JsonNode daily = http.get(base(merchant) + "/daily", TestTokens.merchant(merchant.id())).json();
        JsonNode oneDay = http.get(base(merchant) + "/daily?from=2025-03-02&to=2025-03-02", TestTokens.admin()).json();

        // the default period ends on the last day with transactions, not on a settlement-only day after it
        assertThat(daily.get("to").asString()).isEqualTo("2025-03-03");
        assertThat(daily.get("from").asString()).isEqualTo("2024-12-04");
        assertThat(daily.get("dataVersion").asLong()).isEqualTo(1);
        assertThat(daily.get("days").findValuesAsString("date"))
                .containsExactly("2025-03-01", "2025-03-02", "2025-03-03");
        JsonNode first = daily.get("days").get(0);
        assertThat(first.get("inflow").decimalValue()).isEqualByComparingTo("350.50");
        assertThat(first.get("saleCount").asLong()).isEqualTo(2);
        assertThat(first.get("feesByChannel").get("ALIPAY").decimalValue()).isEqualByComparingTo("1.50");
        JsonNode second = oneDay.get("days").get(0);
        assertThat(oneDay.get("days")).hasSize(1);
        assertThat(second.get("byKind").get("RENT").decimalValue()).isEqualByComparingTo("-3200.00");
        // A-1 (WeChat, 100.00 - 0.60) and A-2 (Alipay, 250.50 - 1.50) settle T+1
        assertThat(second.get("settledByChannel").get("WECHAT_PAY").decimalValue()).isEqualByComparingTo("99.40");
    }

    @Test
    void anotherMerchantsDataIs404ForAMerchantToken() {
        MerchantDocument merchant = merchantWithData();
        MerchantDocument intruder = MerchantDataStore.newMerchant(mongo);
        String token = TestTokens.merchant(intruder.id());

        for (String path : List.of("/transactions", "/transactions.csv", "/daily")) {
            var response = http.get(base(merchant) + path, token);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("A-1");
        }
    }

    @Test
    void theApiDocsDescribeImportListExportAndDaily() {
        var docs = http.get("/api/v1/simulator/v3/api-docs", TestTokens.admin());

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/v1/simulator/merchants/{merchantId}/transactions:import")).isTrue();
        assertThat(paths.has("/api/v1/simulator/merchants/{merchantId}/transactions")).isTrue();
        assertThat(paths.has("/api/v1/simulator/merchants/{merchantId}/transactions.csv")).isTrue();
        assertThat(paths.has("/api/v1/simulator/merchants/{merchantId}/daily")).isTrue();
    }

    @Test
    void anAdminRebuildsRollupsThatWentWrong() {
        MerchantDocument merchant = merchantWithData();
        var correct = MerchantDataStore.rollups(mongo, merchant.id());
        // as after a batch that was written without its rollup
        mongo.updateFirst(query(where("merchantId").is(merchant.id())), new Update().inc("inflow", 999),
                DailySummaryDocument.class);
        assertThat(MerchantDataStore.rollups(mongo, merchant.id())).isNotEqualTo(correct);

        var denied = http.post(base(merchant) + "/daily:rebuild", TestTokens.merchant(merchant.id()), "");
        var rebuilt = http.post(base(merchant) + "/daily:rebuild", TestTokens.admin(), "");

        assertThat(denied.status()).isEqualTo(403);
        assertThat(rebuilt.status()).isEqualTo(200);
        assertThat(rebuilt.json().get("days").asInt()).isEqualTo(correct.size());
        assertThat(MerchantDataStore.rollups(mongo, merchant.id())).isEqualTo(correct);
        assertThat(mongo.findById(merchant.id(), MerchantDocument.class).dataVersion()).isEqualTo(2);
    }
}
