package com.merchantanalysis.simulator.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.simulator.imports.format.RowError;
import com.merchantanalysis.simulator.imports.format.SourceRow;

import org.junit.jupiter.api.Test;

class RowValidatorTest {

    private static final MerchantDocument MERCHANT = new MerchantDocument("m1", "小店", Industry.RETAIL, "Urumqi",
            LocalDate.of(2020, 1, 1), "Asia/Urumqi", List.of(),
            List.of(new ChannelContract(PaymentChannel.ALIPAY, new BigDecimal("0.006"), 2)), BigDecimal.ZERO, 0,
            Instant.EPOCH, null, 3);
    private final RowValidator validator = new RowValidator(MERCHANT, Instant.parse("2025-06-01T00:00:00Z"));

    private static Map<String, String> sale() {
        Map<String, String> fields = new HashMap<>(Map.of("externalId", "S-1", "timestamp", "2025-03-01T23:30:00",
                "amount", "80", "direction", "IN", "kind", "SALE", "channel", "ALIPAY"));
        return fields;
    }

    private RowValidator.Result validate(Map<String, String> fields) {
        return validator.validate(SourceRow.of(7, fields));
    }

    private List<String> errorFields(Map<String, String> fields) {
        return validate(fields).errors().stream().map(RowError::field).toList();
    }

    @Test
    void aLocalTimeIsReadInTheMerchantsZoneAndSettlesAfterItsContractedLag() {
        var tx = validate(sale()).transaction();

        // Asia/Urumqi is UTC+6
        assertThat(tx.timestamp()).isEqualTo(Instant.parse("2025-03-01T17:30:00Z"));
        assertThat(tx.settlementDate()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(tx.amount()).isEqualByComparingTo("80.00");
        assertThat(tx.merchantId()).isEqualTo("m1");
    }

    @Test
    void anOffsetTimeKeepsItsInstant() {
        var fields = sale();
        fields.put("timestamp", "2025-03-01T23:30:00+08:00");

        assertThat(validate(fields).transaction().timestamp()).isEqualTo(Instant.parse("2025-03-01T15:30:00Z"));
    }

    @Test
    void everyProblemOfARowIsReportedWithItsLine() {
        var fields = sale();
        fields.put("amount", "12.345");
        fields.put("direction", "OUT");
        fields.put("timestamp", "2031-01-01T00:00:00");
        fields.remove("externalId");

        var result = validate(fields);

        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).extracting(RowError::field)
                .containsExactlyInAnyOrder("externalId", "timestamp", "amount", "direction");
        assertThat(result.errors()).extracting(RowError::line).containsOnly(7L);
    }

    @Test
    void numbersMustBePlainDecimals() {
        for (String amount : List.of("=1+1", "1e3", "12,50", "¥12", "-5.00", "0")) {
            var fields = sale();
            fields.put("amount", amount);
            assertThat(errorFields(fields)).as(amount).containsExactly("amount");
        }
    }

    @Test
    void onlyARefundMayCarryANegativeFee() {
        var sale = sale();
        sale.put("fee", "-0.48");
        var refund = sale();
        refund.putAll(Map.of("kind", "REFUND", "direction", "OUT", "fee", "-0.48"));

        assertThat(errorFields(sale)).containsExactly("fee");
        assertThat(validate(refund).transaction().fee()).isEqualByComparingTo("-0.48");
    }

    @Test
    void formulaLookingTextIsKeptAsTextAndFullCardNumbersAreHashed() {
        var fields = sale();
        fields.putAll(Map.of("description", "=HYPERLINK(\"x\")", "counterpartyType", "PERSON",
                "counterpartyId", "6222021234567890123"));

        var tx = validate(fields).transaction();

        assertThat(tx.description()).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(tx.counterparty().id()).startsWith("acct-").doesNotContain("6222021234567890123");
        assertThat(validate(fields).transaction().counterparty().id()).isEqualTo(tx.counterparty().id());
    }
}
