package com.merchantanalysis.common.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nlf.calendar.Holiday;
import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import com.nlf.calendar.util.HolidayUtil;

import org.yaml.snakeyaml.Yaml;

/**
 * The mainland Chinese business calendar: statutory holidays with their make-up workdays, the
 * distance to Spring Festival, and the e-commerce shopping festivals.
 *
 * <p>A year's holidays come from the first source that has them: the State Council schedules shipped
 * in {@value #SCHEDULES} (2024 onwards), then the table of cn.6tail:lunar (to 2023), and otherwise
 * festival dates computed from the lunar calendar with the break lengths of the 2025 rules and no
 * make-up workdays, since those are only known once published.
 */
public final class ChineseCalendar {

    static final String SCHEDULES = "calendar/cn-holiday-schedules.yml";

    /** Lunar's table has a few stray entries for 2001; it is complete from 2002. */
    private static final int LUNAR_TABLE_MIN_ENTRIES = 10;

    private static final ChineseCalendar STANDARD = load(SCHEDULES);

    private final Map<Integer, YearSchedule> published;
    private final List<ShoppingWindow> shoppingWindows;
    private final Map<Integer, YearSchedule> resolved = new ConcurrentHashMap<>();

    private ChineseCalendar(Map<Integer, YearSchedule> published, List<ShoppingWindow> shoppingWindows) {
        this.published = Map.copyOf(published);
        this.shoppingWindows = List.copyOf(shoppingWindows);
    }

    /** The calendar with the schedules bundled in this library. */
    public static ChineseCalendar standard() {
        return STANDARD;
    }

    public DayType dayType(LocalDate date) {
        YearSchedule year = schedule(date.getYear());
        if (year.holidays().containsKey(date)) {
            return DayType.HOLIDAY;
        }
        if (year.workdays().contains(date)) {
            return DayType.MAKEUP_WORKDAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? DayType.WEEKEND : DayType.WORKDAY;
    }

    /** The statutory holiday whose break the date belongs to; empty on any other day. */
    public Optional<Festival> holiday(LocalDate date) {
        return Optional.ofNullable(schedule(date.getYear()).holidays().get(date));
    }

    /**
     * Signed days from the nearest lunar new year's day (正月初一): negative before it, zero on it,
     * positive after.
     */
    public long daysFromSpringFestival(LocalDate date) {
        long best = Long.MAX_VALUE;
        for (int year = date.getYear() - 1; year <= date.getYear() + 1; year++) {
            long days = date.toEpochDay() - lunarNewYear(year).toEpochDay();
            if (Math.abs(days) < Math.abs(best)) {
                best = days;
            }
        }
        return best;
    }

    /** The shopping festival window the date falls in, if any. */
    public Optional<ShoppingFestival> shoppingFestival(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return shoppingWindows.stream().filter(window -> window.contains(day)).findFirst()
                .map(ShoppingWindow::festival);
    }

    /** The solar date of lunar new year's day of the given lunar year. */
    public static LocalDate lunarNewYear(int lunarYear) {
        return toLocalDate(Lunar.fromYmd(lunarYear, 1, 1).getSolar());
    }

    private YearSchedule schedule(int year) {
        return resolved.computeIfAbsent(year, this::resolve);
    }

    private YearSchedule resolve(int year) {
        YearSchedule shipped = published.get(year);
        if (shipped != null) {
            return shipped;
        }
        List<Holiday> lunarTable = HolidayUtil.getHolidays(year);
        if (lunarTable.size() >= LUNAR_TABLE_MIN_ENTRIES) {
            return fromLunarTable(lunarTable);
        }
        return computed(year);
    }

    private static YearSchedule fromLunarTable(List<Holiday> table) {
        Map<LocalDate, Festival> holidays = new HashMap<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (Holiday entry : table) {
            LocalDate day = LocalDate.parse(entry.getDay());
            if (entry.isWork()) {
                workdays.add(day);
            } else {
                festivalOf(entry.getName()).ifPresent(festival -> holidays.put(day, festival));
            }
        }
        return new YearSchedule(holidays, workdays);
    }

    /** Lunar's names, e.g. 春节 or 国庆中秋 (a merged break counts as National Day). */
    private static Optional<Festival> festivalOf(String name) {
        if (name.startsWith("国庆")) {
            return Optional.of(Festival.NATIONAL_DAY);
        }
        if (name.startsWith("元旦")) {
            return Optional.of(Festival.NEW_YEAR);
        }
        return switch (name) {
            case "春节" -> Optional.of(Festival.SPRING_FESTIVAL);
            case "清明节" -> Optional.of(Festival.QINGMING);
            case "劳动节" -> Optional.of(Festival.LABOUR_DAY);
            case "端午节" -> Optional.of(Festival.DRAGON_BOAT);
            case "中秋节" -> Optional.of(Festival.MID_AUTUMN);
            default -> Optional.empty();
        };
    }

    /** Break lengths of the 2025 rules: Spring Festival from the eve for 8 days, Labour Day 5, National Day 7. */
    private static YearSchedule computed(int year) {
        Map<LocalDate, Festival> holidays = new HashMap<>();
        holidays.put(LocalDate.of(year, 1, 1), Festival.NEW_YEAR);
        LocalDate eve = lunarNewYear(year).minusDays(1);
        addRange(holidays, Festival.SPRING_FESTIVAL, eve, eve.plusDays(7));
        Solar qingming = Lunar.fromYmd(year, 1, 1).getJieQiTable().get("清明");
        holidays.put(toLocalDate(qingming), Festival.QINGMING);
        addRange(holidays, Festival.LABOUR_DAY, LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 5));
        holidays.put(toLocalDate(Lunar.fromYmd(year, 5, 5).getSolar()), Festival.DRAGON_BOAT);
        holidays.put(toLocalDate(Lunar.fromYmd(year, 8, 15).getSolar()), Festival.MID_AUTUMN);
        addRange(holidays, Festival.NATIONAL_DAY, LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 7));
        holidays.keySet().removeIf(day -> day.getYear() != year);
        return new YearSchedule(holidays, Set.of());
    }

    private static void addRange(Map<LocalDate, Festival> holidays, Festival festival, LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            holidays.put(day, festival);
        }
    }

    private static LocalDate toLocalDate(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }

    @SuppressWarnings("unchecked")
    static ChineseCalendar load(String resource) {
        Map<String, Object> root;
        try (InputStream in = ChineseCalendar.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing calendar data " + resource);
            }
            root = new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, YearSchedule> published = new HashMap<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("schedules")) {
            Map<LocalDate, Festival> holidays = new HashMap<>();
            ((Map<String, List<String>>) entry.get("holidays")).forEach((name, ranges) -> ranges.forEach(
                    range -> dates(range).forEach(day -> holidays.put(day, Festival.valueOf(name)))));
            Set<LocalDate> workdays = new HashSet<>();
            ((List<String>) entry.get("workdays")).forEach(range -> workdays.addAll(dates(range)));
            published.put((Integer) entry.get("year"), new YearSchedule(holidays, workdays));
        }
        List<ShoppingWindow> windows = new ArrayList<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("shopping-festivals")) {
            String name = String.valueOf(entry.get("name"));
            for (ShoppingFestival.Phase phase : ShoppingFestival.Phase.values()) {
                String[] range = ((String) entry.get(phase.name())).split("/");
                windows.add(new ShoppingWindow(new ShoppingFestival(name, phase),
                        MonthDay.parse("--" + range[0]), MonthDay.parse("--" + range[1])));
            }
        }
        return new ChineseCalendar(published, windows);
    }

    private static List<LocalDate> dates(String range) {
        String[] ends = range.split("/");
        LocalDate from = LocalDate.parse(ends[0]);
        LocalDate to = ends.length > 1 ? LocalDate.parse(ends[1]) : from;
        return from.datesUntil(to.plusDays(1)).toList();
    }

    private record YearSchedule(Map<LocalDate, Festival> holidays, Set<LocalDate> workdays) {
    }

    private record ShoppingWindow(ShoppingFestival festival, MonthDay from, MonthDay to) {

        boolean contains(MonthDay day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }
}
