package com.merchantanalysis.cashflow.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.cashflow.support.CashflowApiTest;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The balance API over real HTTP, reading summaries written straight into the embedded MongoDB. */
class BalanceApiIT extends CashflowApiTest {

    private static final String MERCHANTS = "/api/v1/cashflow/merchants/";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate OPENED = LocalDate.of(2024, 1, 1);

    @Test
    void theBalanceIsTheOpeningCashPlusEveryDayUpToAsOf() {
        String id = merchant(SHANGHAI);
        String neighbour = merchant(SHANGHAI);
        summary(id, LocalDate.of(2024, 3, 1), "1200.50", "300.25");
        summary(id, LocalDate.of(2024, 3, 2), "980.10", "1500.00");
        summary(id, LocalDate.of(2024, 3, 3), "999.99", "0.00");
        summary(neighbour, LocalDate.of(2024, 3, 1), "5000.00", "0.00");

        var response = http.get(MERCHANTS + id + "/balance?asOf=2024-03-02", TestTokens.merchant(id));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("merchantId").asString()).isEqualTo(id);
        assertThat(body.get("asOf").asString()).isEqualTo("2024-03-02");
        assertThat(body.get("openingCashBalance").decimalValue()).isEqualByComparingTo("50000.00");
        assertThat(body.get("inflow").decimalValue()).isEqualByComparingTo("2180.60");
        assertThat(body.get("outflow").decimalValue()).isEqualByComparingTo("1800.25");
        assertThat(body.get("net").decimalValue()).isEqualByComparingTo("380.35");
        assertThat(body.get("balance").decimalValue()).isEqualByComparingTo("50380.35");
        assertThat(body.get("daysWithData").asInt()).isEqualTo(2);
        assertThat(body.get("dataVersion").asLong()).isEqualTo(3); // raised once by each of the three writes
    }

    @Test
    void withoutAsOfTheBalanceIsForTodayInTheMerchantsZone() {
        // UTC+14: the merchant's today is not the UTC date for most of the day
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        String id = merchant(kiritimati);
        LocalDate before = LocalDate.now(kiritimati);
        summary(id, before.minusDays(1), "100.00", "40.00");
        summary(id, before.plusDays(2), "700.00", "0.00");

        JsonNode body = http.get(MERCHANTS + id + "/balance", TestTokens.analyst()).json();
        LocalDate after = LocalDate.now(kiritimati);

        assertThat(LocalDate.parse(body.get("asOf").asString())).isBetween(before, after);
        assertThat(body.get("daysWithData").asInt()).isEqualTo(1);
        assertThat(body.get("balance").decimalValue()).isEqualByComparingTo("50060.00");
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        String id = merchant(SHANGHAI);

        var response = http.get(MERCHANTS + id + "/balance", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("50000");
    }

    @Test
    void anotherMerchantsTokenAndUnknownMerchantsGet404() {
        String id = merchant(SHANGHAI);
        String other = merchant(SHANGHAI);

        var foreign = http.get(MERCHANTS + id + "/balance", TestTokens.merchant(other));
        var unknown = http.get(MERCHANTS + "no-such-merchant/balance", TestTokens.admin());

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.body()).doesNotContain("50000");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void anAsOfBeforeOpeningOrNotADateIs400NamingAsOf() {
        String id = merchant(SHANGHAI);

        var beforeOpening = http.get(MERCHANTS + id + "/balance?asOf=2023-12-31", TestTokens.admin());
        var notADate = http.get(MERCHANTS + id + "/balance?asOf=2024-02-30", TestTokens.admin());

        for (var response : List.of(beforeOpening, notADate)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("asOf");
        }
    }

    private String merchant(ZoneId zone) {
        String id = "cashflow-" + UUID.randomUUID();
        mongo.insert(new MerchantDocument(id, "老码头火锅", Industry.RESTAURANT, "Chengdu", OPENED, zone.getId(),
                List.of(), List.of(), new BigDecimal("50000.00"), 0, Instant.now(), "hotpot", 2));
        return id;
    }

    /** A day with a sale of {@code inflow} and, if any, a supplier bill of {@code outflow}, stored through the writer. */
    private void summary(String merchantId, LocalDate date, String inflow, String outflow) {
        List<TransactionDocument> day = new ArrayList<>();
        day.add(MerchantData.transaction(merchantId, "sale-" + date, date, TransactionKind.SALE, PaymentChannel.CASH,
                new BigDecimal(inflow), null, null));
        if (new BigDecimal(outflow).signum() > 0) {
            day.add(MerchantData.transaction(merchantId, "cogs-" + date, date, TransactionKind.COGS,
                    PaymentChannel.BANK_TRANSFER, new BigDecimal(outflow).negate(), null, null));
        }
        MerchantDataStore.writer(mongo).store(mongo.findById(merchantId, MerchantDocument.class), day);
    }
}
