package com.merchantanalysis.compliance.engine.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.compliance.engine.ComplianceRule;
import com.merchantanalysis.compliance.engine.EvaluationContext;
import com.merchantanalysis.compliance.engine.Tx;
import com.merchantanalysis.compliance.rules.model.RuleParameters;
import com.merchantanalysis.compliance.rules.model.RuleVersion;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import org.springframework.stereotype.Component;

/**
 * Card cash-out (信用卡套现) patterns under the 2013 bank-card acquiring rules, scored per card over the
 * period: the same card swiped repeatedly, round amounts, late-night swipes, amounts clustered just under
 * common limits and tickets far above the merchant's median. Each indicator adds its weight times the
 * share of the card's swipes that show it. Cards swiped at least {@code minSwipes} times fire at
 * {@code threshold}; any card from {@code nearMissScore} shows as a near miss.
 */
@Component
public class CardCashOutRule implements ComplianceRule {

    public static final String ID = "card-cash-out";
    private static final double EPSILON = 1e-9;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requiredParameters() {
        return List.of("minSwipes", "roundUnitYuan", "roundMinYuan", "lateNightFrom", "lateNightUntil", "limitsYuan",
                "nearLimitRatio", "aboveNormalMultiple", "weights", "threshold", "nearMissScore");
    }

    @Override
    public void evaluate(EvaluationContext context) {
        RuleVersion version = context.version(ID, context.to()).orElse(null);
        if (version == null) {
            return;
        }
        Scoring scoring = new Scoring(version.parameters(), context.data().medianTicketCents());
        for (Map.Entry<String, List<Tx>> card : context.data().cardSales().entrySet()) {
            List<Tx> swipes = card.getValue();
            CardScore score = scoring.score(swipes);
            boolean repeated = swipes.size() >= scoring.minSwipes;
            var from = swipes.get(0).date();
            var to = swipes.get(swipes.size() - 1).date();
            if (repeated && score.total >= scoring.threshold - EPSILON) {
                context.finding(version, from, to).measured(score.rounded(), BigDecimal.valueOf(scoring.threshold),
                        "SCORE").facts(score.describe("finding.card-cash-out", card.getKey(), swipes.size(),
                                scoring.threshold)).report(swipes);
            } else if (score.total >= scoring.nearMissScore - EPSILON) {
                context.nearMiss(version, from, to).measured(score.rounded(), BigDecimal.valueOf(scoring.threshold),
                        "SCORE").facts(score.describe(repeated ? "finding.card-cash-out.below"
                                : "finding.card-cash-out.few-swipes", card.getKey(), swipes.size(), scoring.threshold))
                        .report(swipes);
            }
        }
    }

    /** The indicator tests and weights of one rule version. */
    private static final class Scoring {

        final int minSwipes;
        final long roundUnit;
        final long roundMin;
        final LocalTime lateFrom;
        final LocalTime lateUntil;
        final List<Long> limits;
        final BigDecimal nearLimitRatio;
        final long aboveNormal;
        final double repeatWeight;
        final double roundWeight;
        final double lateWeight;
        final double nearLimitWeight;
        final double aboveNormalWeight;
        final double threshold;
        final double nearMissScore;

        Scoring(RuleParameters p, long medianTicketCents) {
            minSwipes = p.integer("minSwipes");
            roundUnit = Texts.cents(p.decimal("roundUnitYuan"));
            roundMin = Texts.cents(p.decimal("roundMinYuan"));
            lateFrom = LocalTime.parse(p.text("lateNightFrom"));
            lateUntil = LocalTime.parse(p.text("lateNightUntil"));
            limits = p.decimals("limitsYuan").stream().map(Texts::cents).toList();
            nearLimitRatio = p.decimal("nearLimitRatio");
            BigDecimal multiple = p.decimal("aboveNormalMultiple");
            aboveNormal = medianTicketCents <= 0 ? Long.MAX_VALUE
                    : multiple.multiply(BigDecimal.valueOf(medianTicketCents)).setScale(0, RoundingMode.CEILING)
                            .longValueExact();
            RuleParameters weights = p.nested("weights");
            repeatWeight = weights.number("repeat");
            roundWeight = weights.number("round");
            lateWeight = weights.number("lateNight");
            nearLimitWeight = weights.number("nearLimit");
            aboveNormalWeight = weights.number("aboveNormal");
            threshold = p.number("threshold");
            nearMissScore = p.number("nearMissScore");
        }

        CardScore score(List<Tx> swipes) {
            int round = 0;
            int late = 0;
            int nearLimit = 0;
            int above = 0;
            for (Tx tx : swipes) {
                if (tx.cents() >= roundMin && tx.cents() % roundUnit == 0) {
                    round++;
                }
                if (isLate(tx.localTime().toLocalTime())) {
                    late++;
                }
                if (isNearLimit(tx.cents())) {
                    nearLimit++;
                }
                if (tx.cents() >= aboveNormal) {
                    above++;
                }
            }
            double n = swipes.size();
            double repeat = minSwipes <= 1 ? 1 : Math.min(1.0, (n - 1) / (minSwipes - 1));
            double total = repeatWeight * repeat + roundWeight * round / n + lateWeight * late / n
                    + nearLimitWeight * nearLimit / n + aboveNormalWeight * above / n;
            return new CardScore(total, round, late, nearLimit, above);
        }

        private boolean isLate(LocalTime time) {
            return lateFrom.isBefore(lateUntil) ? !time.isBefore(lateFrom) && time.isBefore(lateUntil)
                    : !time.isBefore(lateFrom) || time.isBefore(lateUntil);
        }

        private boolean isNearLimit(long cents) {
            for (long limit : limits) {
                long lower = nearLimitRatio.multiply(BigDecimal.valueOf(limit)).setScale(0, RoundingMode.CEILING)
                        .longValueExact();
                if (cents >= lower && cents < limit) {
                    return true;
                }
            }
            return false;
        }
    }

    private record CardScore(double total, int round, int late, int nearLimit, int above) {

        BigDecimal rounded() {
            return BigDecimal.valueOf(total).setScale(2, RoundingMode.HALF_UP);
        }

        Message describe(String key, String card, int swipes, double threshold) {
            return Message.of(key, Texts.cardTail(card), Arg.number(swipes), Arg.number(round), Arg.number(late),
                    Arg.number(nearLimit), Arg.number(above), Arg.number(rounded()),
                    Arg.number(BigDecimal.valueOf(threshold)));
        }
    }
}
