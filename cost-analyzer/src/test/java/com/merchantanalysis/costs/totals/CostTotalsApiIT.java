package com.merchantanalysis.costs.totals;

import static com.merchantanalysis.common.data.TransactionKind.COGS;
import static com.merchantanalysis.common.data.TransactionKind.PAYMENT_FEE;
import static com.merchantanalysis.common.data.TransactionKind.REFUND;
import static com.merchantanalysis.common.data.TransactionKind.RENT;
import static com.merchantanalysis.common.data.TransactionKind.SALE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.costs.support.CostApiTest;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The totals API over real HTTP, reading the rollups the writer set from transactions in the embedded MongoDB. */
class CostTotalsApiIT extends CostApiTest {

    @Test
    void totalsSumEveryDayOfThePeriodByKind() {
        String id = merchant();
        String neighbour = merchant();
        summary(id, "2024-02-29", Map.of(SALE, "9999.00"));
        summary(id, "2024-03-01", Map.of(SALE, "1500.00", COGS, "-600.00", PAYMENT_FEE, "-9.00"));
        summary(id, "2024-03-15", Map.of(SALE, "820.40", REFUND, "-20.40", RENT, "-3000.00"));
        summary(id, "2024-03-31", Map.of(SALE, "310.10", COGS, "-120.05"));
        summary(id, "2024-04-01", Map.of(RENT, "-3000.00"));
        summary(neighbour, "2024-03-10", Map.of(SALE, "5000.00"));

        var response = http.get(MERCHANTS + id + "/totals?from=2024-03-01&to=2024-03-31", TestTokens.merchant(id));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("merchantId").asString()).isEqualTo(id);
        assertThat(body.get("from").asString()).isEqualTo("2024-03-01");
        assertThat(body.get("to").asString()).isEqualTo("2024-03-31");
        assertThat(body.get("daysWithData").asInt()).isEqualTo(3);
        assertThat(body.get("inflow").decimalValue()).isEqualByComparingTo("2630.50");
        assertThat(body.get("outflow").decimalValue()).isEqualByComparingTo("3749.45");
        assertThat(body.get("revenue").decimalValue()).isEqualByComparingTo("2630.50");
        assertThat(body.get("byKind").findValuesAsString("kind"))
                .containsExactly("COGS", "PAYMENT_FEE", "REFUND", "RENT", "SALE");
        assertThat(body.get("byKind").findValues("amount")).map(JsonNode::decimalValue)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-720.05"), new BigDecimal("-9.00"), new BigDecimal("-20.40"),
                        new BigDecimal("-3000.00"), new BigDecimal("2630.50"));
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        String id = merchant();

        var response = http.get(MERCHANTS + id + "/totals?from=2024-03-01&to=2024-03-31", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anotherMerchantsTokenGets404() {
        String id = merchant();
        String other = merchant();
        summary(id, "2024-03-01", Map.of(SALE, "1500.00"));

        var response = http.get(MERCHANTS + id + "/totals?from=2024-03-01&to=2024-03-31", TestTokens.merchant(other));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("1500");
    }

    @Test
    void badPeriodsAre400NamingTheField() {
        String id = merchant();

        assertThat(fieldsOf(http.get(MERCHANTS + id + "/totals?from=2024-04-01&to=2024-03-01", TestTokens.admin())))
                .containsExactly("from");
        assertThat(fieldsOf(http.get(MERCHANTS + id + "/totals?from=2018-01-01&to=2024-12-31", TestTokens.admin())))
                .containsExactly("to");
        assertThat(fieldsOf(http.get(MERCHANTS + id + "/totals?from=2024-03-01", TestTokens.admin())))
                .containsExactly("to");
        assertThat(fieldsOf(http.get(MERCHANTS + id + "/totals?from=March&to=2024-03-31", TestTokens.admin())))
                .containsExactly("from");
    }

    private String merchant() {
        String id = "costs-" + UUID.randomUUID();
        mongo.insert(new MerchantDocument(id, "老码头火锅", Industry.RESTAURANT, "Chengdu", LocalDate.of(2021, 5, 1),
                "Asia/Shanghai", List.of(), List.of(), new BigDecimal("120000.00"), 1, Instant.now(), "hotpot", 2));
        return id;
    }

    /** A day with one transaction per kind of the given signed amount, stored through the writer. */
    private void summary(String merchantId, String date, Map<TransactionKind, String> amounts) {
        LocalDate day = LocalDate.parse(date);
        List<TransactionDocument> transactions = amounts.entrySet().stream()
                .map(entry -> MerchantData.transaction(merchantId, entry.getKey() + "-" + day, day, entry.getKey(), null,
                        new BigDecimal(entry.getValue()), null, null)).toList();
        MerchantDataStore.writer(mongo).store(mongo.findById(merchantId, MerchantDocument.class), transactions);
    }
}
