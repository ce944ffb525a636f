package com.merchantanalysis.costs.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import com.merchantanalysis.common.web.InvalidFieldException;

import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    private static final Duration FIVE_YEARS = Duration.ofDays(1827);

    @Test
    void aSingleDayIsAPeriodOfOneDay() {
        LocalDate day = LocalDate.of(2024, 3, 1);

        assertThat(ReportingPeriod.of(day, day, FIVE_YEARS).days()).isEqualTo(1);
    }

    @Test
    void fromAfterToIsRefusedNamingFrom() {
        assertThatThrownBy(() -> ReportingPeriod.of(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1), FIVE_YEARS))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    @Test
    void fiveCalendarYearsWithTwoLeapDaysFitTheDefaultLimit() {
        var period = ReportingPeriod.of(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), FIVE_YEARS);

        assertThat(period.days()).isEqualTo(1827);
    }

    @Test
    void oneDayOverTheLimitIsRefusedNamingTo() {
        LocalDate from = LocalDate.of(2020, 1, 1);

        assertThat(ReportingPeriod.of(from, from.plusDays(9), Duration.ofDays(10)).days()).isEqualTo(10);
        assertThatThrownBy(() -> ReportingPeriod.of(from, from.plusDays(10), Duration.ofDays(10)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("to");
                    assertThat(e.getMessage()).contains("11 days").contains("at most 10");
                });
    }
}
