package com.merchantanalysis.compliance.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.compliance.rules.domain.RuleSelection;
import com.merchantanalysis.compliance.rules.model.RuleVersion;
import com.merchantanalysis.compliance.rules.model.Severity;
import com.merchantanalysis.common.text.Message;

/** What a rule sees while it runs, and where it puts what it found. */
public final class EvaluationContext {

    private static final Comparator<Tx> LARGEST_FIRST = Comparator.comparingLong(Tx::cents).reversed()
            .thenComparing(Tx.CHRONOLOGICAL);

    private final MerchantDocument merchant;
    private final PeriodAggregates data;
    private final RuleSelection selection;
    private final int evidenceLimit;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Finding> nearMisses = new ArrayList<>();
    private final Map<String, SortedSet<Integer>> applied = new TreeMap<>();

    public EvaluationContext(MerchantDocument merchant, PeriodAggregates data, RuleSelection selection,
            int evidenceLimit) {
        this.merchant = merchant;
        this.data = data;
        this.selection = selection;
        this.evidenceLimit = evidenceLimit;
    }

    public MerchantDocument merchant() {
        return merchant;
    }

    public PeriodAggregates data() {
        return data;
    }

    public LocalDate from() {
        return data.from();
    }

    public LocalDate to() {
        return data.to();
    }

    /** The version of {@code ruleId} that judges {@code day}; empty when none is in force (or pinned). */
    public Optional<RuleVersion> version(String ruleId, LocalDate day) {
        Optional<RuleVersion> version = selection.versionFor(ruleId, day);
        version.ifPresent(v -> applied.computeIfAbsent(ruleId, k -> new TreeSet<>()).add(v.version()));
        return version;
    }

    public Outcome finding(RuleVersion version, LocalDate from, LocalDate to) {
        return new Outcome(version, from, to, false);
    }

    public Outcome nearMiss(RuleVersion version, LocalDate from, LocalDate to) {
        return new Outcome(version, from, to, true);
    }

    List<Finding> findings() {
        return findings;
    }

    List<Finding> nearMisses() {
        return nearMisses;
    }

    /** Rule id → the versions that judged some part of the period. */
    Map<String, List<Integer>> applied() {
        Map<String, List<Integer>> copy = new TreeMap<>();
        applied.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    /** A finding or near miss being described; {@link #report} adds it. */
    public final class Outcome {

        private final RuleVersion version;
        private final LocalDate from;
        private final LocalDate to;
        private final boolean nearMiss;
        private Severity severity;
        private BigDecimal measured;
        private BigDecimal threshold;
        private String unit;
        private Message facts;

        private Outcome(RuleVersion version, LocalDate from, LocalDate to, boolean nearMiss) {
            this.version = version;
            this.from = from;
            this.to = to;
            this.nearMiss = nearMiss;
            this.severity = version.severity();
        }

        public Outcome severity(Severity value) {
            this.severity = value;
            return this;
        }

        public Outcome measured(BigDecimal value, BigDecimal limit, String valueUnit) {
            this.measured = value;
            this.threshold = limit;
            this.unit = valueUnit;
            return this;
        }

        public Outcome facts(Message message) {
            this.facts = message;
            return this;
        }

        public void report(List<Tx> evidence) {
            long total = 0;
            for (Tx tx : evidence) {
                total += tx.cents();
            }
            List<Tx> listed = evidence.size() <= evidenceLimit ? new ArrayList<>(evidence)
                    : new ArrayList<>(evidence.stream().sorted(LARGEST_FIRST).limit(evidenceLimit).toList());
            listed.sort(Tx.CHRONOLOGICAL);
            Finding finding = new Finding(version.ruleId(), version.version(), severity, version.dimension(), facts,
                    from, to, measured, threshold, unit, Tx.toYuan(total), evidence.size(),
                    listed.stream().map(Evidence::of).toList());
            (nearMiss ? nearMisses : findings).add(finding);
        }
    }
}
