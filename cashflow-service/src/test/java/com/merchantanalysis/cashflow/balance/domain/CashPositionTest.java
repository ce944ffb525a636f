package com.merchantanalysis.cashflow.balance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;

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

    private static DailySummaryDocument day(String date, String inflow, String outflow) {
        BigDecimal in = new BigDecimal(inflow);
        BigDecimal out = new BigDecimal(outflow);
        LocalDate day = LocalDate.parse(date);
        return new DailySummaryDocument(DailySummaryDocument.idOf("m-1", day), "m-1", day, in, out, in.subtract(out),
                1, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), 1, 0);
    }
}
