package com.merchantanalysis.cashflow.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.merchantanalysis.cashflow.support.CashflowApiTest;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The balance answers of a simulated restaurant (the test kit's hotpot: WeChat Pay, Alipay and card at their
 * contracted fees, settled the next day) add up to the cent, and agree with each other.
 */
class CashReconciliationIT extends CashflowApiTest {

    private static final String MERCHANTS = "/api/v1/cashflow/merchants/";
    private static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    @Test
    void theBalanceIsNetOfTheFeesTheChannelsKeptAndEveryAnswerReconcilesToTheCent() {
        // Data to 10 days after asOf, so that asOf has sales whose settlement is still to come.
        MerchantData.Result data = MerchantDataStore.store(mongo,
                MerchantData.hotpot("cash-" + System.nanoTime(), 11, FROM, AS_OF.plusDays(10)).build());
        String id = data.merchant().id();
        // What the transactions themselves say, up to asOf: every flow, the fees the channels kept, and the sales
        // (net of their fees) dated to settle after asOf.
        BigDecimal gross = data.merchant().openingCashBalance();
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal inTransit = BigDecimal.ZERO;
        for (TransactionDocument tx : data.transactions()) {
            if (tx.timestamp().atZone(MerchantData.ZONE).toLocalDate().isAfter(AS_OF)) {
                continue;
            }
            gross = tx.direction() == Direction.IN ? gross.add(tx.amount()) : gross.subtract(tx.amount());
            BigDecimal fee = tx.fee() == null ? BigDecimal.ZERO : tx.fee();
            fees = fees.add(fee);
            if (tx.kind() == TransactionKind.SALE && tx.settlementDate() != null && tx.settlementDate().isAfter(AS_OF)) {
                inTransit = inTransit.add(tx.amount()).subtract(fee);
            }
        }
        assertThat(fees).isGreaterThan(new BigDecimal("1000"));

        JsonNode balance = http.get(MERCHANTS + id + "/balance?asOf=" + AS_OF, TestTokens.merchant(id)).json();
        JsonNode forecast = http.get(MERCHANTS + id + "/forecast?asOf=" + AS_OF, TestTokens.merchant(id)).json();
        JsonNode summary = http.get(MERCHANTS + id + "/summary?asOf=" + AS_OF, TestTokens.merchant(id)).json();

        // Lower than the gross flows by exactly the fees the channels kept.
        assertThat(money(balance, "balance")).isEqualByComparingTo(gross.subtract(fees));
        assertThat(money(balance, "paymentFees")).isEqualByComparingTo(fees);
        for (JsonNode answer : new JsonNode[] {balance, forecast, summary}) {
            JsonNode r = answer.get("reconciliation");
            assertThat(money(r, "openingCash").add(money(r, "sales")).subtract(money(r, "paymentFees"))
                    .add(money(r, "otherInflow")).subtract(money(r, "outflow")))
                    .isEqualByComparingTo(money(r, "balance"));
            assertThat(money(r, "balance").subtract(money(r, "salesInTransit")))
                    .isEqualByComparingTo(money(r, "settledCash"));
            assertThat(money(r, "balance")).isEqualByComparingTo(gross.subtract(fees));
            assertThat(money(r, "paymentFees")).isEqualByComparingTo(fees);
            assertThat(money(r, "salesInTransit")).isEqualByComparingTo(inTransit).isPositive();
            assertThat(r.get("explanation").asString()).startsWith("余额 ¥").contains("支付手续费")
                    .contains(String.format("¥%,.2f", fees));
        }
        assertThat(money(summary, "currentBalance")).isEqualByComparingTo(gross.subtract(fees));
        // The forecast's three lines are the reconciliation's, and its bank projection starts from the settled cash.
        assertThat(money(forecast, "salesInTransit")).isEqualByComparingTo(inTransit);
        assertThat(money(forecast, "startingCash")).isEqualByComparingTo(money(forecast.get("reconciliation"),
                "settledCash"));
        assertThat(money(forecast, "currentBalance").subtract(money(forecast, "salesInTransit")))
                .isEqualByComparingTo(money(forecast, "startingCash"));
    }

    private static BigDecimal money(JsonNode node, String field) {
        return node.get(field).decimalValue();
    }
}
