package com.merchantanalysis.cashflow.forecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.merchantanalysis.cashflow.support.CashflowApiTest;
import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.Counterparty;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDataWriter;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.data.TransactionSource;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16's evidence: a restaurant with three months of imported bills, whose two payrolls (15 October
 * and 15 November, ¥38,000 each) and two rent transfers from a personal WeChat Pay bill must be
 * projected on their days, while two one-off purchases must not.
 */
class ImportedBillsForecastIT extends CashflowApiTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    @Test
    void twoImportedPayrollsAndTwoRentTransfersAreProjectedAndOneOffPurchasesAreNot() {
        String id = store();

        var response = http.get("/api/v1/cashflow/merchants/" + id + "/forecast?horizon=30&asOf=" + AS_OF,
                TestTokens.merchant(id));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        Map<String, JsonNode> recurring = new HashMap<>();
        body.get("recurringOutflows").forEach(r -> recurring.put(r.get("kind").asString() + "@"
                + r.get("dayOfMonth").asInt(), r));
        assertThat(recurring).containsOnlyKeys("PAYROLL@15", "OTHER@1");
        assertThat(recurring.get("PAYROLL@15").get("amount").decimalValue()).isEqualByComparingTo("38000");
        assertThat(recurring.get("OTHER@1").get("amount").decimalValue()).isEqualByComparingTo("12000");
        assertThat(recurring.get("OTHER@1").get("description").asString()).isEqualTo("房租");
        Map<LocalDate, BigDecimal> outflow = new HashMap<>();
        body.get("points").forEach(p -> outflow.put(LocalDate.parse(p.get("date").asString()),
                p.get("outflow").decimalValue()));
        assertThat(outflow.get(LocalDate.of(2026, 12, 15))).isGreaterThan(new BigDecimal("38000"));
        assertThat(outflow.get(LocalDate.of(2026, 12, 1))).isGreaterThan(new BigDecimal("12000"));
        // the one-off purchases of the 8th are not projected as a bill
        assertThat(outflow.get(LocalDate.of(2026, 12, 8))).isLessThan(new BigDecimal("1000"));
    }

    /** Sales, daily market purchases, payroll from our CSV, and rent and purchases from a personal bill. */
    private String store() {
        String id = "imported-" + UUID.randomUUID();
        MerchantDocument merchant = mongo.insert(new MerchantDocument(id, "川味小馆", Industry.RESTAURANT, "Chengdu", FROM,
                ZONE.getId(), List.of(), List.of(new ChannelContract(PaymentChannel.WECHAT_PAY, new BigDecimal("0.006"), 1)),
                new BigDecimal("50000.00"), 0, Instant.parse("2026-09-01T00:00:00Z"), null, 2));
        List<TransactionDocument> rows = new ArrayList<>();
        for (LocalDate d = FROM; !d.isAfter(AS_OF); d = d.plusDays(1)) {
            BigDecimal sales = BigDecimal.valueOf(2_000 + (d.getDayOfWeek().getValue() >= 6 ? 800 : 0));
            rows.add(row(id, "sale-" + d, d, 19, sales, Direction.IN, TransactionKind.SALE, null, "收款",
                    new BigDecimal("0.006").multiply(sales).setScale(2, java.math.RoundingMode.HALF_UP), d.plusDays(1)));
            rows.add(row(id, "market-" + d, d, 7, new BigDecimal("300.00"), Direction.OUT, TransactionKind.OTHER,
                    "wx-market-" + d.getDayOfWeek(), "菜市场", null, null));
        }
        for (String month : List.of("2026-10", "2026-11")) {
            LocalDate payday = LocalDate.parse(month + "-15");
            rows.add(row(id, "payroll-" + month, payday, 18, new BigDecimal("38000.00"), Direction.OUT,
                    TransactionKind.PAYROLL, null, month.substring(5) + "月工资", null, null));
            LocalDate rentDay = LocalDate.parse(month + "-01");
            rows.add(row(id, "rent-" + month, rentDay, 10, new BigDecimal("12000.00"), Direction.OUT,
                    TransactionKind.OTHER, "wx-landlord", "房租", null, null));
        }
        rows.add(row(id, "cooker", LocalDate.of(2026, 10, 8), 15, new BigDecimal("2399.00"), Direction.OUT,
                TransactionKind.OTHER, "wx-electronics", "电饭煲", null, null));
        rows.add(row(id, "chairs", LocalDate.of(2026, 11, 8), 15, new BigDecimal("2399.00"), Direction.OUT,
                TransactionKind.OTHER, "wx-furniture", "餐椅", null, null));
        new MerchantDataWriter(mongo, Clock.systemUTC()).store(merchant, rows);
        return id;
    }

    private static TransactionDocument row(String merchantId, String externalId, LocalDate day, int hour,
            BigDecimal amount, Direction direction, TransactionKind kind, String payee, String description,
            BigDecimal fee, LocalDate settled) {
        return new TransactionDocument(null, merchantId, externalId, day.atTime(hour, 0).atZone(ZONE).toInstant(),
                ZONE.getId(), amount, direction, kind, PaymentChannel.WECHAT_PAY,
                payee == null ? null : new Counterparty(null, payee, false), null, TransactionSource.IMPORTED,
                List.of(), fee, settled, false, description);
    }
}
