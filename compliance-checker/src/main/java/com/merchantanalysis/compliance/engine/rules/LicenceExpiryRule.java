package com.merchantanalysis.compliance.engine.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.Licence;
import com.merchantanalysis.compliance.engine.ComplianceRule;
import com.merchantanalysis.compliance.engine.EvaluationContext;
import com.merchantanalysis.compliance.rules.model.RuleVersion;
import com.merchantanalysis.compliance.rules.model.Severity;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import org.springframework.stereotype.Component;

/**
 * Licences on record (business licence, food business licence, permits) as of the period's last day:
 * expired, or within one of the warning windows (90/60/30 days by default), each with its severity.
 */
@Component
public class LicenceExpiryRule implements ComplianceRule {

    public static final String ID = "licence-expiry";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requiredParameters() {
        return List.of("windows", "expiredSeverity");
    }

    private record Window(int days, Severity severity) {
    }

    @Override
    public void evaluate(EvaluationContext context) {
        LocalDate asOf = context.to();
        RuleVersion version = context.version(ID, asOf).orElse(null);
        if (version == null) {
            return;
        }
        List<Window> windows = new ArrayList<>();
        for (Object item : (List<?>) version.parameters().asMap().get("windows")) {
            Map<?, ?> w = (Map<?, ?>) item;
            windows.add(new Window(Integer.parseInt(w.get("days").toString()),
                    Severity.valueOf(w.get("severity").toString())));
        }
        windows.sort(Comparator.comparingInt(Window::days));
        List<Licence> licences = context.merchant().licences().stream()
                .filter(l -> l.validUntil() != null)
                .sorted(Comparator.comparing(Licence::validUntil).thenComparing(l -> l.kind().name()))
                .toList();
        for (Licence licence : licences) {
            long days = ChronoUnit.DAYS.between(asOf, licence.validUntil());
            if (days < 0) {
                context.finding(version, asOf, asOf)
                        .severity(Severity.valueOf(version.parameters().text("expiredSeverity")))
                        .measured(BigDecimal.valueOf(days), BigDecimal.ZERO, "DAYS")
                        .facts(Message.of("finding.licence-expiry.expired", label(licence),
                                Arg.text(licence.number()), Arg.date(licence.validUntil()), Arg.number(-days),
                                Arg.date(asOf)))
                        .report(List.of());
                continue;
            }
            windows.stream().filter(w -> days <= w.days()).findFirst().ifPresent(window -> context
                    .finding(version, asOf, asOf).severity(window.severity())
                    .measured(BigDecimal.valueOf(days), BigDecimal.valueOf(window.days()), "DAYS")
                    .facts(Message.of("finding.licence-expiry", label(licence), Arg.text(licence.number()),
                            Arg.date(licence.validUntil()), Arg.number(days), Arg.date(asOf),
                            Arg.number(window.days())))
                    .report(List.of()));
        }
    }

    private static Arg label(Licence licence) {
        return Arg.label("licence." + licence.kind().name());
    }
}
