package com.merchantanalysis.compliance.engine.rules;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.compliance.engine.ComplianceRule;
import com.merchantanalysis.compliance.engine.EvaluationContext;
import com.merchantanalysis.compliance.engine.MonthAggregate;
import com.merchantanalysis.compliance.rules.model.RuleParameters;
import com.merchantanalysis.compliance.rules.model.RuleVersion;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import org.springframework.stereotype.Component;

/**
 * Operating costs over net revenue for the whole period against the industry's normal band. Far above
 * or far below both stand out in the tax bureau's assessment indicators (costs without matching revenue,
 * or revenue without the costs it needs). Periods shorter than {@code minDays} or with less than
 * {@code minRevenueYuan} of revenue are not judged; within {@code nearMissMargin} of a bound is a near miss.
 */
@Component
public class CostRevenueRatioRule implements ComplianceRule {

    public static final String ID = "cost-revenue-ratio";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requiredParameters() {
        return List.of("costKinds", "includeChannelFees", "minDays", "minRevenueYuan", "norms", "nearMissMargin");
    }

    @Override
    public void evaluate(EvaluationContext context) {
        RuleVersion version = context.version(ID, context.to()).orElse(null);
        if (version == null) {
            return;
        }
        RuleParameters p = version.parameters();
        if (ChronoUnit.DAYS.between(context.from(), context.to()) + 1 < p.integer("minDays")) {
            return;
        }
        long revenue = 0;
        long costs = 0;
        for (MonthAggregate month : context.data().months().values()) {
            revenue += revenueCents(month);
            costs += costCents(month, p);
        }
        if (revenue <= 0 || revenue < Texts.cents(p.decimal("minRevenueYuan"))) {
            return;
        }
        RuleParameters norm = norm(p, context.merchant().industry());
        BigDecimal low = norm.decimal("low");
        BigDecimal high = norm.decimal("high");
        BigDecimal margin = p.decimal("nearMissMargin");
        BigDecimal ratio = Texts.ratio(costs, revenue);
        Industry industry = context.merchant().industry() == null ? Industry.OTHER : context.merchant().industry();
        Message facts = Message.of("finding.cost-revenue-ratio", Texts.yuan(costs), Texts.yuan(revenue),
                Arg.date(context.from()), Arg.date(context.to()), Texts.percent(ratio),
                Arg.label("industry." + industry.name()), Texts.percent(low), Texts.percent(high));
        if (ratio.compareTo(high) >= 0 || ratio.compareTo(low) <= 0) {
            context.finding(version, context.from(), context.to())
                    .measured(ratio, ratio.compareTo(high) >= 0 ? high : low, "RATIO")
                    .facts(facts).report(List.of());
        } else if (ratio.compareTo(high.subtract(margin)) >= 0 || ratio.compareTo(low.add(margin)) <= 0) {
            context.nearMiss(version, context.from(), context.to())
                    .measured(ratio, ratio.compareTo(high.subtract(margin)) >= 0 ? high : low, "RATIO")
                    .facts(facts).report(List.of());
        }
    }

    /** Sales less refunds and chargebacks, in fen. */
    public static long revenueCents(MonthAggregate month) {
        return month.inCents(TransactionKind.SALE) - month.outCents(TransactionKind.REFUND)
                - month.outCents(TransactionKind.CHARGEBACK);
    }

    /** The operating costs the version counts, in fen. */
    public static long costCents(MonthAggregate month, RuleParameters p) {
        long costs = 0;
        for (String kind : p.texts("costKinds")) {
            costs += month.outCents(TransactionKind.valueOf(kind));
        }
        if (Boolean.parseBoolean(p.text("includeChannelFees"))) {
            costs += month.feeCents();
        }
        return costs;
    }

    /** The industry's band ({@code low}, {@code high}), or the DEFAULT band. */
    public static RuleParameters norm(RuleParameters p, Industry industry) {
        RuleParameters norms = p.nested("norms");
        String key = industry == null ? "DEFAULT" : industry.name();
        return norms.has(key) ? norms.nested(key) : norms.nested("DEFAULT");
    }
}
