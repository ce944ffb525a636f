package com.merchantanalysis.common.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChineseCalendarTest {

    private final ChineseCalendar calendar = ChineseCalendar.standard();

    @Test
    void publishedScheduleGivesHolidaysAndMakeUpWorkdays() {
        // 2026: Spring Festival 15-23 February, with Saturdays 14 and 28 February worked.
        assertThat(calendar.dayType(LocalDate.of(2026, 2, 15))).isEqualTo(DayType.HOLIDAY);
        assertThat(calendar.holiday(LocalDate.of(2026, 2, 23))).contains(Festival.SPRING_FESTIVAL);
        assertThat(calendar.dayType(LocalDate.of(2026, 2, 24))).isEqualTo(DayType.WORKDAY);
        assertThat(calendar.dayType(LocalDate.of(2026, 2, 14))).isEqualTo(DayType.MAKEUP_WORKDAY);
        assertThat(calendar.dayType(LocalDate.of(2026, 2, 28))).isEqualTo(DayType.MAKEUP_WORKDAY);
        // 2025: National Day and Mid-Autumn merged into 1-8 October.
        assertThat(calendar.holiday(LocalDate.of(2025, 10, 8))).contains(Festival.NATIONAL_DAY);
        assertThat(calendar.dayType(LocalDate.of(2025, 9, 28))).isEqualTo(DayType.MAKEUP_WORKDAY);
    }

    @Test
    void lunarLibraryTableCoversTheYearsUpTo2023() {
        assertThat(calendar.holiday(LocalDate.of(2023, 1, 22))).contains(Festival.SPRING_FESTIVAL);
        assertThat(calendar.dayType(LocalDate.of(2023, 1, 28))).isEqualTo(DayType.MAKEUP_WORKDAY);
        assertThat(calendar.holiday(LocalDate.of(2023, 9, 29))).contains(Festival.MID_AUTUMN);
        assertThat(calendar.holiday(LocalDate.of(2023, 10, 4))).contains(Festival.NATIONAL_DAY);
    }

    @Test
    void unpublishedYearsFallBackToComputedFestivalDates() {
        // Lunar new year 2027 is 6 February, so the break starts on the eve, 5 February.
        assertThat(ChineseCalendar.lunarNewYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
        assertThat(calendar.holiday(LocalDate.of(2027, 2, 5))).contains(Festival.SPRING_FESTIVAL);
        assertThat(calendar.holiday(LocalDate.of(2027, 2, 12))).contains(Festival.SPRING_FESTIVAL);
        assertThat(calendar.holiday(LocalDate.of(2027, 2, 13))).isEmpty();
        assertThat(calendar.holiday(LocalDate.of(2027, 10, 7))).contains(Festival.NATIONAL_DAY);
        assertThat(calendar.dayType(LocalDate.of(2027, 3, 1))).isEqualTo(DayType.WORKDAY);
        assertThat(calendar.dayType(LocalDate.of(2027, 3, 6))).isEqualTo(DayType.WEEKEND);
    }

    @Test
    void daysFromSpringFestivalIsSignedAroundTheNearestLunarNewYear() {
        // Lunar new year: 29 January 2025, 17 February 2026.
        assertThat(calendar.daysFromSpringFestival(LocalDate.of(2026, 2, 17))).isZero();
        assertThat(calendar.daysFromSpringFestival(LocalDate.of(2026, 2, 10))).isEqualTo(-7);
        assertThat(calendar.daysFromSpringFestival(LocalDate.of(2025, 2, 8))).isEqualTo(10);
        assertThat(calendar.daysFromSpringFestival(LocalDate.of(2025, 12, 31))).isEqualTo(-48);
    }

    @Test
    void shoppingFestivalWindows() {
        assertThat(calendar.shoppingFestival(LocalDate.of(2025, 6, 18)))
                .contains(new ShoppingFestival("618", ShoppingFestival.Phase.PEAK));
        assertThat(calendar.shoppingFestival(LocalDate.of(2025, 5, 25)))
                .contains(new ShoppingFestival("618", ShoppingFestival.Phase.PRESALE));
        assertThat(calendar.shoppingFestival(LocalDate.of(2025, 11, 20)))
                .contains(new ShoppingFestival("DOUBLE_11", ShoppingFestival.Phase.REFUND_TAIL));
        assertThat(calendar.shoppingFestival(LocalDate.of(2025, 8, 1))).isEmpty();
    }
}
