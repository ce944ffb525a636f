package com.merchantanalysis.compliance.engine.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.merchantanalysis.compliance.engine.ComplianceRule;
import com.merchantanalysis.compliance.engine.EvaluationContext;
import com.merchantanalysis.compliance.engine.Tx;
import com.merchantanalysis.compliance.rules.model.RuleVersion;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import org.springframework.stereotype.Component;

/**
 * Sales to companies of {@code minAmountYuan} or more with no invoice reference, one finding per month.
 * A company buyer normally needs a fapiao to book the cost, so an uninvoiced B2B sale stands out to the
 * tax bureau.
 */
@Component
public class B2bInvoiceRule implements ComplianceRule {

    public static final String ID = "b2b-invoice-missing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requiredParameters() {
        return List.of("minAmountYuan");
    }

    @Override
    public void evaluate(EvaluationContext context) {
        Map<YearMonth, List<Tx>> byMonth = new TreeMap<>();
        Map<YearMonth, RuleVersion> versions = new TreeMap<>();
        for (Tx tx : context.data().companySalesWithoutInvoice()) {
            RuleVersion version = context.version(ID, tx.date()).orElse(null);
            if (version == null || tx.cents() < Texts.cents(version.parameters().decimal("minAmountYuan"))) {
                continue;
            }
            YearMonth month = YearMonth.from(tx.date());
            byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(tx);
            versions.putIfAbsent(month, version);
        }
        byMonth.forEach((month, sales) -> {
            RuleVersion version = versions.get(month);
            BigDecimal min = version.parameters().money("minAmountYuan");
            long cents = sales.stream().mapToLong(Tx::cents).sum();
            context.finding(version, sales.get(0).date(), sales.get(sales.size() - 1).date())
                    .measured(BigDecimal.valueOf(cents, 2), min, "CNY")
                    .facts(Message.of("finding.b2b-invoice-missing", Arg.month(month), Arg.number(sales.size()),
                            Texts.yuan(min), Texts.yuan(cents)))
                    .report(sales);
        });
    }
}
