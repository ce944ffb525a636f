package com.merchantanalysis.costs.anomaly.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.costs.anomaly.domain.PatternBreaks.Finding;
import com.merchantanalysis.costs.anomaly.model.AnomalyReport;
import com.merchantanalysis.costs.anomaly.model.AnomalyReport.Anomaly;
import com.merchantanalysis.costs.anomaly.model.AnomalyReport.DayAmount;
import com.merchantanalysis.costs.anomaly.model.AnomalyReport.Line;
import com.merchantanalysis.costs.anomaly.model.AnomalyReport.Method;
import com.merchantanalysis.common.cache.MerchantCache;
import com.merchantanalysis.costs.config.CostMetrics;
import com.merchantanalysis.costs.config.CostSettings;
import com.merchantanalysis.costs.ledger.CostCategory;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.ledger.RollupReader;
import com.merchantanalysis.costs.ledger.CostWording;
import com.merchantanalysis.common.period.ReportingPeriodPolicy;
import com.merchantanalysis.common.period.ReportingPeriod;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Finds cost lines that broke their own monthly pattern, reading the daily rollups with their history. */
@Service
public class AnomalyService {

    private static final int DAYS_SHOWN = 10;
    private static final String NOT_ENOUGH_HISTORY = AnomalyReport.NOT_ENOUGH_HISTORY;
    private static final String IRREGULAR = "IRREGULAR";
    private static final String PATTERN = "PATTERN";
    private static final String MEDIAN = "MEDIAN";

    private final MerchantReader merchants;
    private final ReportingPeriodPolicy periods;
    private final RollupReader rollups;
    private final MerchantCache cache;
    private final CostMetrics metrics;
    private final CostSettings settings;
    private final MessageSource messages;

    AnomalyService(MerchantReader merchants, ReportingPeriodPolicy periods, RollupReader rollups, MerchantCache cache,
            CostMetrics metrics, CostSettings settings, MessageSource messages) {
        this.merchants = merchants;
        this.periods = periods;
        this.rollups = rollups;
        this.cache = cache;
        this.metrics = metrics;
        this.settings = settings;
        this.messages = messages;
    }

    /** The anomalies, their sentences in {@code locale}'s language (which is part of the cache key). */
    public AnomalyReport anomalies(Caller caller, String merchantId, LocalDate from, LocalDate to, Locale locale) {
        CostWording wording = new CostWording(messages, locale);
        return metrics.time("anomalies", () -> {
            MerchantDocument merchant = merchants.require(caller, merchantId);
            ReportingPeriod period = periods.resolve(merchant, from, to);
            return cache.get("anomalies", merchant, MerchantCache.parameters(period.from(), period.to(),
                    wording.language()), AnomalyReport.class, () -> compute(merchant, period, wording));
        });
    }

    /** The anomalies of an already checked merchant and period; counts what it finds. */
    public AnomalyReport compute(MerchantDocument merchant, ReportingPeriod period, CostWording wording) {
        CostSettings.Anomaly tuning = settings.anomaly();
        LocalDate historyFrom = YearMonth.from(period.from()).minusMonths(tuning.historyMonths()).atDay(1);
        List<DailySummaryDocument> days = rollups.days(merchant.id(), new ReportingPeriod(historyFrom, period.to()));
        MonthlyLines lines = MonthlyLines.of(days, period.to());
        List<YearMonth> months = lines.months();
        Set<Integer> evaluate = new HashSet<>();
        List<String> evaluated = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            if (!months.get(i).atDay(1).isBefore(period.from())) {
                evaluate.add(i);
                evaluated.add(months.get(i).toString());
            }
        }
        PatternBreaks detector = new PatternBreaks(tuning);
        ShortHistoryBreaks shortDetector = new ShortHistoryBreaks(tuning);
        List<Anomaly> anomalies = new ArrayList<>();
        List<Line> judged = new ArrayList<>();
        double[] revenue = lines.revenue();
        for (CostCategory category : CostCategory.values()) {
            if (!lines.booked(category)) {
                continue;
            }
            double[] values = lines.values(category);
            Line line = line(category, values, tuning);
            judged.add(line);
            List<Finding> findings = List.of();
            if (PATTERN.equals(line.rule())) {
                PatternBreaks.StepMode mode = tuning.stepByAmount().contains(category) ? PatternBreaks.StepMode.AMOUNT
                        : tuning.stepByShareOfRevenue().contains(category) ? PatternBreaks.StepMode.SHARE_OF_REVENUE
                        : PatternBreaks.StepMode.NONE;
                findings = detector.find(values, revenue, mode, evaluate);
            } else if (MEDIAN.equals(line.rule())) {
                findings = shortDetector.find(values, revenue, tuning.stepByShareOfRevenue().contains(category), evaluate);
            }
            for (Finding finding : findings) {
                YearMonth month = months.get(finding.index());
                anomalies.add(anomaly(category, month, finding, lines, wording));
            }
        }
        anomalies.sort(Comparator.comparing(Anomaly::month).thenComparing(
                (Anomaly a) -> a.difference().abs(), Comparator.reverseOrder()));
        metrics.anomaliesFound(anomalies.size());
        String status = status(judged);
        return new AnomalyReport(merchant.id(), merchant.dataVersion(), period.from(), period.to(), historyFrom, evaluated,
                new Method(tuning.zThreshold(), percent(tuning.minRelativeChange()),
                        Money.cents(BigDecimal.valueOf(tuning.minAmount())), tuning.stepMonths(),
                        percent(tuning.stepMinChange()), tuning.shortHistoryMonths(), PatternBreaks.MIN_MONTHS),
                anomalies, status, months.size(),
                AnomalyReport.NOT_ENOUGH_HISTORY.equals(status) ? tuning.shortHistoryMonths() : null, judged);
    }

    /** A setting's fraction (0.8) as the answers give rates: in percent (80). */
    private static BigDecimal percent(double fraction) {
        return BigDecimal.valueOf(fraction).multiply(Money.HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Which rule a line is judged by, or why it is not: too few complete months of data to judge (so
     * "nothing found" is never said of a line that could not be judged), or booked in too few of the
     * months to have a monthly pattern.
     */
    private static Line line(CostCategory category, double[] values, CostSettings.Anomaly tuning) {
        int months = values.length;
        int withLine = (int) Arrays.stream(values).filter(v -> v > 0).count();
        if (months < tuning.shortHistoryMonths()) {
            return new Line(category.name(), NOT_ENOUGH_HISTORY, null, withLine, tuning.shortHistoryMonths());
        }
        if (withLine < tuning.shortHistoryMonths() || withLine < tuning.minPresence() * months) {
            return new Line(category.name(), IRREGULAR, null, withLine, null);
        }
        return new Line(category.name(), AnomalyReport.JUDGED, months >= PatternBreaks.MIN_MONTHS ? PATTERN : MEDIAN,
                withLine, null);
    }

    /** JUDGED if any line was; else NOT_ENOUGH_HISTORY if a line lacked it; else NOTHING_TO_JUDGE. */
    private static String status(List<Line> lines) {
        if (lines.stream().anyMatch(line -> AnomalyReport.JUDGED.equals(line.status()))) {
            return AnomalyReport.JUDGED;
        }
        return lines.stream().anyMatch(line -> NOT_ENOUGH_HISTORY.equals(line.status())) ? NOT_ENOUGH_HISTORY
                : AnomalyReport.NOTHING_TO_JUDGE;
    }

    private static Anomaly anomaly(CostCategory category, YearMonth month, Finding finding, MonthlyLines lines,
            CostWording wording) {
        boolean step = finding.z() == null;
        BigDecimal amount = Money.cents(lines.amount(category, month));
        BigDecimal expected = Money.cents(BigDecimal.valueOf(finding.expected()));
        List<DayAmount> days = lines.days(category, month).entrySet().stream()
                .sorted(Map.Entry.<LocalDate, BigDecimal>comparingByValue().reversed())
                .limit(DAYS_SHOWN)
                .map(day -> new DayAmount(day.getKey(), Money.cents(day.getValue())))
                .toList();
        return new Anomaly(category.name(), finding.type(), month.toString(), amount, expected, amount.subtract(expected),
                Money.changePercent(expected, amount),
                step ? null : BigDecimal.valueOf(finding.z()).setScale(2, RoundingMode.HALF_UP),
                wording.text("anomaly.baseline." + finding.baseline().key(), finding.baseline().args().toArray()), days);
    }
}
