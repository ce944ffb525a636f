package com.merchantanalysis.compliance.engine.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.compliance.engine.ComplianceRule;
import com.merchantanalysis.compliance.engine.EvaluationContext;
import com.merchantanalysis.compliance.engine.MonthAggregate;
import com.merchantanalysis.compliance.engine.Tx;
import com.merchantanalysis.compliance.rules.model.RuleVersion;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import org.springframework.stereotype.Component;

/**
 * Business volume through personal collection QR codes (个人收款码), which the PBOC's 2022-03-01 QR-code
 * rules keep for personal, non-business use. A month with {@code minMonthlyCount} such sales or
 * {@code minMonthlyAmountYuan} of them fires; from {@code nearMissRatio} of either it is a near miss.
 */
@Component
public class PersonalCollectionCodeRule implements ComplianceRule {

    public static final String ID = "personal-collection-code";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requiredParameters() {
        return List.of("minMonthlyCount", "minMonthlyAmountYuan", "nearMissRatio");
    }

    @Override
    public void evaluate(EvaluationContext context) {
        for (MonthAggregate month : context.data().months().values()) {
            List<Tx> sales = month.personalCodeSales();
            if (sales.isEmpty()) {
                continue;
            }
            LocalDate first = month.month().atDay(1).isBefore(context.from()) ? context.from() : month.month().atDay(1);
            RuleVersion version = context.version(ID, first).orElse(null);
            if (version == null) {
                continue;
            }
            long count = sales.size();
            long cents = sales.stream().mapToLong(Tx::cents).sum();
            BigDecimal minCount = version.parameters().decimal("minMonthlyCount");
            BigDecimal minAmount = version.parameters().money("minMonthlyAmountYuan");
            BigDecimal amount = BigDecimal.valueOf(cents, 2);
            boolean fires = BigDecimal.valueOf(count).compareTo(minCount) >= 0 || amount.compareTo(minAmount) >= 0;
            BigDecimal near = version.parameters().decimal("nearMissRatio");
            boolean close = BigDecimal.valueOf(count).compareTo(minCount.multiply(near)) >= 0
                    || amount.compareTo(minAmount.multiply(near)) >= 0;
            LocalDate last = sales.get(sales.size() - 1).date();
            Message facts = Message.of("finding.personal-collection-code", Arg.month(month.month()),
                    Arg.number(count), Texts.yuan(cents), Arg.number(minCount), Texts.yuan(minAmount));
            if (fires) {
                context.finding(version, first, last).measured(amount, minAmount, "CNY").facts(facts).report(sales);
            } else if (close) {
                context.nearMiss(version, first, last).measured(amount, minAmount, "CNY").facts(facts).report(sales);
            }
        }
    }
}
