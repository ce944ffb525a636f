package com.merchantanalysis.costs.action.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.merchantanalysis.costs.action.model.RiskAction;
import com.merchantanalysis.costs.feeaudit.domain.ChannelFeeCheck;
import com.merchantanalysis.costs.ledger.DataCompleteness;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.ledger.CostWording;

/**
 * Recommendations that have no honest yuan figure: records to import so that the figures mean something,
 * a contract to put on file so that fees can be audited. Ranked by risk, in their own list: ranking them
 * by a turnover or a balance beside real savings pushed the savings out of an owner's top three.
 */
final class RiskRules {

    private static final List<String> ORDER = List.of(RiskAction.HIGH, RiskAction.MEDIUM, RiskAction.LOW);
    /** Days without records worth a word: more than this share of the period (a shop shut one day a week stays below). */
    private static final long MISSING_DAYS_PCT = 20;

    /** The recommendations without a yuan figure, highest risk first, their sentences in {@code wording}'s language. */
    List<RiskAction> actions(CostFindings findings, CostWording wording) {
        DataCompleteness completeness = findings.completeness();
        List<RiskAction> actions = new ArrayList<>();
        // A line paid shortly before the period (quarterly rent) is not a record to import.
        List<String> missing = DataCompleteness.missingLines(findings.ledger()).stream().map(wording::line).toList();
        if (!completeness.netMargin().given()) {
            boolean salesOnRecord = findings.ledger().revenue().signum() > 0;
            actions.add(new RiskAction(!salesOnRecord ? wording.text("risk.importAll.title")
                    : missing.isEmpty() ? wording.text("risk.importCosts.title")
                    : wording.text("risk.importLines.title", wording.and(missing)), "records", RiskAction.HIGH,
                    completeness.warnings().get(0)));
        } else if (DataCompleteness.Figure.PARTIAL.equals(completeness.netMargin().status()) && !missing.isEmpty()) {
            actions.add(new RiskAction(wording.text("risk.importLines.title", wording.and(missing)), "records",
                    RiskAction.MEDIUM, completeness.netMargin().reason()));
        }
        if (completeness.daysWithData() > 0
                && completeness.daysWithoutData() * 100 > completeness.daysInPeriod() * MISSING_DAYS_PCT) {
            actions.add(new RiskAction(wording.text("risk.missingDays.title"), "records", RiskAction.LOW,
                    wording.text("risk.missingDays.evidence", completeness.daysWithoutData(),
                            completeness.daysInPeriod())));
        }
        for (ChannelFeeCheck check : findings.fees()) {
            if (ChannelFeeCheck.NO_CONTRACT.equals(check.status())) {
                String channel = wording.channel(check.channel());
                actions.add(new RiskAction(wording.text("risk.noContract.title", channel), "payment-fees",
                        RiskAction.MEDIUM, wording.text("risk.noContract.evidence", channel, Money.cents(check.fees()),
                                Money.cents(check.sales()))));
            }
        }
        return actions.stream()
                .sorted(Comparator.comparing((RiskAction action) -> ORDER.indexOf(action.risk()))
                        .thenComparing(RiskAction::category).thenComparing(RiskAction::title))
                .toList();
    }
}
