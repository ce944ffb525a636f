package com.merchantanalysis.costs.action.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.costs.action.model.RiskAction;
import com.merchantanalysis.costs.ledger.PeriodLedger;

import org.junit.jupiter.api.Test;

/** Recommendations without a yuan figure come ranked by risk: missing records first. */
class RiskRulesTest {

    @Test
    void aShopWithOnlyItsPaymentBillsIsToldToImportItsCostsFirst() {
        // Sales and the channels' fees only, on one day of the thirty; card fees without a contract on file.
        MerchantDocument merchant = new MerchantDocument("m", "面馆", Industry.RESTAURANT, "Chengdu", LocalDate.of(2020, 1, 1),
                "Asia/Shanghai", List.of(), List.of(new ChannelContract(PaymentChannel.WECHAT_PAY, new BigDecimal("0.006"), 1)),
                BigDecimal.ZERO, 1, Instant.now(), null, 3);
        PeriodLedger ledger = PeriodLedger.of(List.of(new DailySummaryDocument("m:d", "m", LocalDate.of(2024, 3, 1),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 1, Map.of(TransactionKind.SALE, new BigDecimal("12000")),
                Map.of(), Map.of(PaymentChannel.WECHAT_PAY, new BigDecimal("10000"), PaymentChannel.UNIONPAY_CARD,
                        new BigDecimal("2000")),
                Map.of(PaymentChannel.WECHAT_PAY, new BigDecimal("60"), PaymentChannel.UNIONPAY_CARD, new BigDecimal("12")),
                Map.of(), 100, 0)));

        List<RiskAction> risks = new RiskRules().actions(ActionRulesTest.findings(merchant, ledger, List.of(), null),
                ActionRulesTest.EN);

        assertThat(risks).extracting(RiskAction::risk).containsExactly("HIGH", "MEDIUM", "LOW");
        assertThat(risks.get(0).title()).isEqualTo("Import the records of purchases, payroll and rent");
        assertThat(risks.get(0).evidence()).isEqualTo("There are no records of purchases, payroll or rent over the period."
                + " Margins, break-even and the benchmarks of the missing lines are therefore unknown.");
        assertThat(risks.get(1).title()).isEqualTo("Put the fee rate agreed with UnionPay card on file");
        assertThat(risks.get(2).evidence()).startsWith("29 of the 30 days have no records at all");
    }
}
