package com.merchantanalysis.cashflow.balance.domain;

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

import org.junit.jupiter.api.Test;

class CashPositionTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
    private static final MerchantDocument MERCHANT = new MerchantDocument("m-1", "小面馆", Industry.FAST_FOOD,
            "Chongqing", LocalDate.of(2024, 1, 1), "Asia/Shanghai", List.of(), List.of(),
            new BigDecimal("10000.00"), 4, Instant.parse("2024-01-01T00:00:00Z"), "fast-food", 2);

    @Test
    void theBalanceIsTheOpeningCashPlusTheSummedNetToTheCent() {
        // 0.10 + 0.20 is where binary floating point would drift off the cent
        var position = CashPosition.of(MERCHANT, AS_OF, List.of(
                day("2024-03-01", "0.10", "0.00"),
                day("2024-03-02", "0.20", "0.00"),
                day("2024-03-03", "1520.35", "980.10")));

        assertThat(position.inflow()).isEqualByComparingTo("1520.65");
        assertThat(position.outflow()).isEqualByComparingTo("980.10");
        assertThat(position.net()).isEqualByComparingTo("540.55");
        assertThat(position.balance()).isEqualByComparingTo("10540.55");
        assertThat(position.daysWithData()).isEqualTo(3);
        assertThat(position.dataVersion()).isEqualTo(4);
        assertThat(position.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void aLossMakingPeriodLeavesLessThanTheOpeningCash() {
        var position = CashPosition.of(MERCHANT, AS_OF, List.of(day("2024-03-01", "200.00", "12500.50")));

        assertThat(position.net()).isEqualByComparingTo("-12300.50");
        assertThat(position.balance()).isEqualByComparingTo("-2300.50");
    }

    @Test
    void withoutSummariesTheBalanceIsTheOpeningCash() {
        var position = CashPosition.of(MERCHANT, AS_OF, List.of());

        assertThat(position.balance()).isEqualByComparingTo("10000.00");
        assertThat(position.inflow()).isZero();
        assertThat(position.outflow()).isZero();
        assertThat(position.daysWithData()).isZero();
    }

    @Test
    void paymentFeesComeOffTheBalanceAndSalesNotYetSettledAreShownApart() {
        // WeChat Pay settles the next day, a card after three days, cash the same day.
        MerchantDocument merchant = new MerchantDocument("m-1", "小面馆", Industry.FAST_FOOD, "Chongqing",
                LocalDate.of(2024, 1, 1), "Asia/Shanghai", List.of(),
                List.of(new ChannelContract(PaymentChannel.WECHAT_PAY, new BigDecimal("0.006"), 1),
                        new ChannelContract(PaymentChannel.UNIONPAY_CARD, new BigDecimal("0.0055"), 3)),
                new BigDecimal("10000.00"), 4, Instant.parse("2024-01-01T00:00:00Z"), "fast-food", 2);
        var position = CashPosition.of(merchant, AS_OF, List.of(
                sales("2024-03-28", "1000.00", "6.00", "200.00", "1.10", "50.00", "120.00"),
                sales("2024-03-30", "500.00", "3.00", "0.00", "0.00", "0.00", "0.00"),
                sales("2024-03-31", "300.00", "1.80", "100.00", "0.55", "20.00", "40.00")));

        assertThat(position.sales()).isEqualByComparingTo("2170.00");
        assertThat(position.paymentFees()).isEqualByComparingTo("12.45");
        assertThat(position.otherInflow()).isZero();
        assertThat(position.outflow()).isEqualByComparingTo("160.00");
        // 10000 + 2170 - 12.45 - 160: lower than the gross by exactly the fees
        assertThat(position.balance()).isEqualByComparingTo("11997.55");
        assertThat(position.net()).isEqualByComparingTo("1997.55");
        // Still with the channels on the 31st: that day's WeChat Pay (298.20 net) and card (99.45 net) sales;
        // the 28th's card sales settled on the 31st, the 30th's WeChat Pay sales on the 31st.
        assertThat(position.salesInTransit()).isEqualByComparingTo("397.65");
        assertThat(position.settledCash()).isEqualByComparingTo("11599.90");
    }

    /** A day of WeChat Pay, card and cash sales with the channels' fees, and a supplier bill. */
    private static DailySummaryDocument sales(String date, String wechat, String wechatFee, String card, String cardFee,
            String cash, String outflow) {
        LocalDate day = LocalDate.parse(date);
        BigDecimal in = new BigDecimal(wechat).add(new BigDecimal(card)).add(new BigDecimal(cash));
        BigDecimal out = new BigDecimal(outflow);
        return new DailySummaryDocument(DailySummaryDocument.idOf("m-1", day), "m-1", day, in, out, in.subtract(out),
                3, Map.of(), Map.of(),
                Map.of(PaymentChannel.WECHAT_PAY, new BigDecimal(wechat), PaymentChannel.UNIONPAY_CARD,
                        new BigDecimal(card), PaymentChannel.CASH, new BigDecimal(cash)),
                Map.of(PaymentChannel.WECHAT_PAY, new BigDecimal(wechatFee), PaymentChannel.UNIONPAY_CARD,
                        new BigDecimal(cardFee)),
                Map.of(), 3, 0);
    }

    private static DailySummaryDocument day(String date, String inflow, String outflow) {
        BigDecimal in = new BigDecimal(inflow);
        BigDecimal out = new BigDecimal(outflow);
        LocalDate day = LocalDate.parse(date);
        return new DailySummaryDocument(DailySummaryDocument.idOf("m-1", day), "m-1", day, in, out, in.subtract(out),
                1, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), 1, 0);
    }
}
