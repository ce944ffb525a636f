package com.merchantanalysis.common.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.web.InvalidFieldException;

import org.junit.jupiter.api.Test;

class ReportingPeriodPolicyTest {

    /** 2024-06-30 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-30T04:00:00Z"), ZoneOffset.UTC);
    private final ReportingPeriodPolicy policy = new ReportingPeriodPolicy(
            new PeriodSettings(90, 1827, LocalDate.of(2000, 1, 1)), CLOCK);

    @Test
    void withoutAPeriodTheDefaultEndsOnTheLastDayWithTransactions() {
        var merchant = merchant(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 20));

        var period = policy.resolve(merchant, null, null);

        assertThat(period).isEqualTo(new ReportingPeriod(LocalDate.of(2024, 3, 23), LocalDate.of(2024, 6, 20)));
        assertThat(period.days()).isEqualTo(90);
    }

    @Test
    void theDefaultStartsWhereTheDataStartsRatherThanCountingEmptyDays() {
        var merchant = merchant(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 20));

        assertThat(policy.resolve(merchant, null, null))
                .isEqualTo(new ReportingPeriod(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 20)));
        assertThat(policy.resolve(merchant, null, LocalDate.of(2024, 6, 1)).from()).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void aMerchantWithoutDataGetsTheDaysUpToItsToday() {
        var merchant = merchant(null, null);

        var period = policy.resolve(merchant, null, null);

        assertThat(period.to()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(period.days()).isEqualTo(90);
    }

    @Test
    void aGivenStartRunsTheDefaultLengthButNotPastTheData() {
        var merchant = merchant(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 20));

        assertThat(policy.resolve(merchant, LocalDate.of(2024, 1, 1), null).to()).isEqualTo(LocalDate.of(2024, 3, 30));
        assertThat(policy.resolve(merchant, LocalDate.of(2024, 6, 1), null).to()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(policy.resolve(merchant, LocalDate.of(2024, 6, 25), null).to()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void aGivenPeriodIsKeptAsGiven() {
        var merchant = merchant(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 20));

        assertThat(policy.resolve(merchant, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)))
                .isEqualTo(new ReportingPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)));
    }

    @Test
    void daysAfterTheMerchantsTodayAreRefusedNamingTheField() {
        var merchant = merchant(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 20));

        assertThatThrownBy(() -> policy.resolve(merchant, null, LocalDate.of(2024, 7, 1)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> policy.resolve(merchant, LocalDate.of(2024, 7, 1), null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    @Test
    void fromAfterToIsRefusedNamingFrom() {
        assertThatThrownBy(() -> policy.checked(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    @Test
    void fiveCalendarYearsWithTwoLeapDaysFitTheDefaultLimitAndOneDayMoreDoesNot() {
        assertThat(policy.checked(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)).days()).isEqualTo(1827);
        assertThatThrownBy(() -> policy.checked(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("to");
                    assertThat(e.getMessage()).contains("1828 days").contains("at most 1827");
                });
    }

    @Test
    void aPeriodBeforeTheEarliestDateOrWithoutAnEndIsRefused() {
        assertThatThrownBy(() -> policy.checked(LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 31)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> policy.checked(LocalDate.of(2020, 1, 1), null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    private static MerchantDocument merchant(LocalDate dataFrom, LocalDate lastTransactionDay) {
        return new MerchantDocument("m-1", "Test", Industry.RESTAURANT, "Chengdu", LocalDate.of(2022, 1, 1),
                "Asia/Shanghai", List.of(), List.of(), BigDecimal.ZERO, 1, Instant.EPOCH, null, 2, dataFrom,
                lastTransactionDay, lastTransactionDay);
    }
}
