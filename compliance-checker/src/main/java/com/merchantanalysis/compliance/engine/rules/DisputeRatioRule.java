package com.merchantanalysis.compliance.engine.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.compliance.engine.ComplianceRule;
import com.merchantanalysis.compliance.engine.EvaluationContext;
import com.merchantanalysis.compliance.engine.MonthAggregate;
import com.merchantanalysis.compliance.engine.Tx;
import com.merchantanalysis.compliance.rules.model.RuleVersion;
import com.merchantanalysis.compliance.rules.model.Severity;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import org.springframework.stereotype.Component;

/**
 * Dispute ratio per calendar month on the card channels (the kinds counted as disputes are a parameter:
 * the schemes count chargebacks, not refunds a merchant grants itself), against the card-scheme monitoring
 * programmes of the version in force on the month's first day (Visa VAMP, Mastercard ECM/HECM). A month at
 * or above a programme's ratio fires; with at least the programme's count of disputes it is as severe as the
 * programme says, below that count the acquirer may still flag it. Months with fewer than {@code minSales}
 * card sales are not judged.
 */
@Component
public class DisputeRatioRule implements ComplianceRule {

    public static final String ID = "card-scheme-dispute-ratio";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requiredParameters() {
        return List.of("channels", "disputeKinds", "minSales", "programmes", "belowFloorSeverity", "nearMissRatio");
    }

    /** One programme threshold as written in the rule version. */
    public record Programme(String name, BigDecimal ratio, long minDisputes, Severity severity) {
    }

    public static List<Programme> programmes(RuleVersion version) {
        List<Programme> programmes = new ArrayList<>();
        Object raw = version.parameters().asMap().get("programmes");
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> p = (Map<?, ?>) item;
                programmes.add(new Programme(p.get("name").toString(), new BigDecimal(p.get("ratio").toString()),
                        Long.parseLong(p.get("minDisputes").toString()), Severity.valueOf(p.get("severity").toString())));
            }
        }
        return programmes;
    }

    /** Card sales and disputes of one month, as the rule counts them. */
    public record MonthCounts(long sales, long disputes, List<Tx> disputeTransactions) {

        public BigDecimal ratio() {
            return sales == 0 ? BigDecimal.ZERO : Texts.ratio(disputes, sales);
        }
    }

    public static MonthCounts counts(MonthAggregate month, RuleVersion version) {
        List<PaymentChannel> channels = version.parameters().texts("channels").stream().map(PaymentChannel::valueOf)
                .toList();
        List<TransactionKind> kinds = version.parameters().texts("disputeKinds").stream()
                .map(TransactionKind::valueOf).toList();
        long sales = 0;
        long disputes = 0;
        for (PaymentChannel channel : channels) {
            sales += month.count(channel, TransactionKind.SALE);
            for (TransactionKind kind : kinds) {
                disputes += month.count(channel, kind);
            }
        }
        List<Tx> evidence = month.disputes().stream()
                .filter(tx -> channels.contains(tx.channel()) && kinds.contains(tx.kind())).toList();
        return new MonthCounts(sales, disputes, evidence);
    }

    @Override
    public void evaluate(EvaluationContext context) {
        for (MonthAggregate month : context.data().months().values()) {
            LocalDate first = month.month().atDay(1).isBefore(context.from()) ? context.from() : month.month().atDay(1);
            LocalDate last = month.month().atEndOfMonth().isAfter(context.to()) ? context.to()
                    : month.month().atEndOfMonth();
            RuleVersion version = context.version(ID, month.month().atDay(1)).orElse(null);
            if (version == null) {
                continue;
            }
            MonthCounts counts = counts(month, version);
            if (counts.sales() < version.parameters().integer("minSales")) {
                continue;
            }
            Programme crossed = null;
            Severity severity = null;
            Programme lowest = null;
            for (Programme programme : programmes(version)) {
                if (lowest == null || programme.ratio().compareTo(lowest.ratio()) < 0) {
                    lowest = programme;
                }
                if (reaches(counts, programme.ratio())) {
                    Severity s = counts.disputes() >= programme.minDisputes() ? programme.severity()
                            : Severity.valueOf(version.parameters().text("belowFloorSeverity"));
                    if (crossed == null || s.compareTo(severity) > 0
                            || (s == severity && programme.ratio().compareTo(crossed.ratio()) > 0)) {
                        crossed = programme;
                        severity = s;
                    }
                }
            }
            if (crossed != null) {
                boolean atFloor = counts.disputes() >= crossed.minDisputes();
                context.finding(version, first, last).severity(severity)
                        .measured(counts.ratio(), crossed.ratio(), "RATIO")
                        .facts(Message.of(atFloor ? "finding.card-scheme-dispute-ratio"
                                : "finding.card-scheme-dispute-ratio.below-floor", Arg.month(month.month()),
                                Arg.number(counts.disputes()), Arg.number(counts.sales()), Texts.percent(counts.ratio()),
                                Arg.text(crossed.name()), Texts.percent(crossed.ratio()),
                                Arg.number(crossed.minDisputes())))
                        .report(counts.disputeTransactions());
            } else if (lowest != null
                    && reaches(counts, lowest.ratio().multiply(version.parameters().decimal("nearMissRatio")))) {
                context.nearMiss(version, first, last)
                        .measured(counts.ratio(), lowest.ratio(), "RATIO")
                        .facts(Message.of("finding.card-scheme-dispute-ratio.near", Arg.month(month.month()),
                                Arg.number(counts.disputes()), Arg.number(counts.sales()), Texts.percent(counts.ratio()),
                                Arg.text(lowest.name()), Texts.percent(lowest.ratio())))
                        .report(counts.disputeTransactions());
            }
        }
    }

    /** disputes / sales ≥ ratio, compared exactly. */
    private static boolean reaches(MonthCounts counts, BigDecimal ratio) {
        return BigDecimal.valueOf(counts.disputes()).compareTo(ratio.multiply(BigDecimal.valueOf(counts.sales()))) >= 0;
    }
}
