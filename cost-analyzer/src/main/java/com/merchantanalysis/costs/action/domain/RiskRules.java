package com.merchantanalysis.costs.action.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.merchantanalysis.costs.action.model.RiskAction;
import com.merchantanalysis.costs.feeaudit.domain.ChannelFeeCheck;
import com.merchantanalysis.costs.ledger.ChannelNames;
import com.merchantanalysis.costs.ledger.CostCategory;
import com.merchantanalysis.costs.ledger.DataCompleteness;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.ledger.Sentences;

/**
 * Recommendations that have no honest yuan figure: records to import so that the figures mean something,
 * a contract to put on file so that fees can be audited. Ranked by risk, in their own list: ranking them
 * by a turnover or a balance beside real savings pushed the savings out of an owner's top three.
 */
final class RiskRules {

    private static final List<String> ORDER = List.of(RiskAction.HIGH, RiskAction.MEDIUM, RiskAction.LOW);
    /** Days without records worth a word: more than this share of the period (a shop shut one day a week stays below). */
    private static final long MISSING_DAYS_PCT = 20;

    List<RiskAction> actions(CostFindings findings) {
        DataCompleteness completeness = findings.completeness();
        List<RiskAction> actions = new ArrayList<>();
        // A line paid shortly before the period (quarterly rent) is not a record to import.
        List<String> missing = DataCompleteness.missingLines(findings.ledger()).stream().map(CostCategory::label)
                .toList();
        if (!completeness.netMargin().given()) {
            boolean salesOnRecord = findings.ledger().revenue().signum() > 0;
            actions.add(new RiskAction(!salesOnRecord ? "Import the period's sales and cost records"
                    : missing.isEmpty() ? "Import the period's cost records"
                    : "Import the records of " + Sentences.and(missing), "records", RiskAction.HIGH,
                    completeness.warnings().get(0)));
        } else if (DataCompleteness.Figure.PARTIAL.equals(completeness.netMargin().status()) && !missing.isEmpty()) {
            actions.add(new RiskAction("Import the records of " + Sentences.and(missing), "records", RiskAction.MEDIUM,
                    Sentences.capitalised(completeness.netMargin().reason()) + "."));
        }
        if (completeness.daysWithData() > 0
                && completeness.daysWithoutData() * 100 > completeness.daysInPeriod() * MISSING_DAYS_PCT) {
            actions.add(new RiskAction("Import the bills of the days without records", "records", RiskAction.LOW,
                    completeness.daysWithoutData() + " of the " + completeness.daysInPeriod()
                            + " days have no records at all: totals and monthly figures may be short."));
        }
        for (ChannelFeeCheck check : findings.fees()) {
            if (ChannelFeeCheck.NO_CONTRACT.equals(check.status())) {
                String channel = ChannelNames.of(check.channel());
                actions.add(new RiskAction("Put the fee rate agreed with " + channel + " on file", "payment-fees",
                        RiskAction.MEDIUM, channel + " took " + Money.yuan(check.fees()) + " in fees on "
                                + Money.yuan(check.sales()) + " of sales, but no contracted rate is on file, so an"
                                + " overcharge cannot be found."));
            }
        }
        return actions.stream()
                .sorted(Comparator.comparing((RiskAction action) -> ORDER.indexOf(action.risk()))
                        .thenComparing(RiskAction::title))
                .toList();
    }
}
