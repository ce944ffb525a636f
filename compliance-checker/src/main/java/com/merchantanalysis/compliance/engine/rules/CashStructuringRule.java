package com.merchantanalysis.compliance.engine.rules;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.merchantanalysis.compliance.engine.ComplianceRule;
import com.merchantanalysis.compliance.engine.EvaluationContext;
import com.merchantanalysis.compliance.engine.Tx;
import com.merchantanalysis.compliance.rules.model.RuleVersion;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import org.springframework.stereotype.Component;

/**
 * Structuring (拆分交易): {@code minCount} or more cash deposits or withdrawals each just under the
 * large-cash line (from {@code bandRatio} × {@code thresholdYuan} up to, not including, the line) within
 * {@code windowDays} days. Fewer such amounts in a window show as a near miss.
 */
@Component
public class CashStructuringRule implements ComplianceRule {

    public static final String ID = "cash-structuring";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requiredParameters() {
        return List.of("thresholdYuan", "bandRatio", "windowDays", "minCount");
    }

    @Override
    public void evaluate(EvaluationContext context) {
        List<Tx> candidates = new ArrayList<>();
        for (Tx tx : context.data().cash()) {
            RuleVersion version = context.version(ID, tx.date()).orElse(null);
            if (version != null && justUnder(tx, version)) {
                candidates.add(tx);
            }
        }
        Set<Tx> used = new HashSet<>();
        int i = 0;
        while (i < candidates.size()) {
            RuleVersion version = context.version(ID, candidates.get(i).date()).orElseThrow();
            int end = windowEnd(candidates, i, version);
            if (end - i >= version.parameters().integer("minCount")) {
                List<Tx> cluster = candidates.subList(i, end);
                used.addAll(cluster);
                report(context, version, cluster, false);
                i = end;
            } else {
                i++;
            }
        }
        List<Tx> rest = candidates.stream().filter(tx -> !used.contains(tx)).toList();
        int j = 0;
        while (j < rest.size()) {
            RuleVersion version = context.version(ID, rest.get(j).date()).orElseThrow();
            int end = windowEnd(rest, j, version);
            report(context, version, rest.subList(j, end), end - j < version.parameters().integer("minCount"));
            j = end;
        }
    }

    private static boolean justUnder(Tx tx, RuleVersion version) {
        BigDecimal threshold = version.parameters().money("thresholdYuan");
        long limit = Texts.cents(threshold);
        long lower = Texts.cents(threshold.multiply(version.parameters().decimal("bandRatio")));
        return tx.cents() >= lower && tx.cents() < limit;
    }

    /** The index after the last candidate within the window that starts at {@code start}. */
    private static int windowEnd(List<Tx> candidates, int start, RuleVersion version) {
        int windowDays = version.parameters().integer("windowDays");
        int end = start + 1;
        while (end < candidates.size()
                && ChronoUnit.DAYS.between(candidates.get(start).date(), candidates.get(end).date()) < windowDays) {
            end++;
        }
        return end;
    }

    private static void report(EvaluationContext context, RuleVersion version, List<Tx> cluster, boolean nearMiss) {
        BigDecimal threshold = version.parameters().money("thresholdYuan");
        int minCount = version.parameters().integer("minCount");
        int windowDays = version.parameters().integer("windowDays");
        var first = cluster.get(0).date();
        var last = cluster.get(cluster.size() - 1).date();
        long largest = cluster.stream().mapToLong(Tx::cents).max().orElseThrow();
        var outcome = nearMiss ? context.nearMiss(version, first, last) : context.finding(version, first, last);
        outcome.measured(BigDecimal.valueOf(cluster.size()), BigDecimal.valueOf(minCount), "COUNT")
                .facts(Message.of(nearMiss ? "finding.cash-structuring.near" : "finding.cash-structuring",
                        Arg.number(cluster.size()), Texts.yuan(threshold), Arg.date(first), Arg.date(last),
                        Texts.yuan(largest), Arg.number(minCount), Arg.number(windowDays)))
                .report(cluster);
    }
}
