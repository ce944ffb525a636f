package com.merchantanalysis.compliance.summary.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.merchantanalysis.common.cache.MerchantCache;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.period.ReportingPeriod;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.compliance.check.domain.CheckService;
import com.merchantanalysis.compliance.engine.EngineResult;
import com.merchantanalysis.compliance.engine.Finding;

import org.springframework.stereotype.Service;

/**
 * The compliance summary for the gateway: computed with the rules in force, cached per merchant, data and
 * period. It holds no sentences, so the cache key needs no language: the web layer words it per request.
 */
@Service
public class SummaryService {

    private final MerchantReader merchants;
    private final CheckService checks;
    private final MerchantCache cache;
    private final SummarySettings settings;

    SummaryService(MerchantReader merchants, CheckService checks, MerchantCache cache, SummarySettings settings) {
        this.merchants = merchants;
        this.checks = checks;
        this.cache = cache;
        this.settings = settings;
    }

    /**
     * With a period and the data version the caller has read, a summary cached for that version is served
     * without reading the merchant.
     */
    public ComplianceSummary summary(Caller caller, String merchantId, LocalDate from, LocalDate to,
            Long dataVersion) {
        if (from != null && to != null && dataVersion != null) {
            merchants.requireVisible(caller, merchantId);
            Optional<ComplianceSummary> known = cache.storedFor("summary", merchantId, dataVersion,
                    MerchantCache.parameters(from, to), ComplianceSummary.class);
            if (known.isPresent()) {
                return known.get();
            }
        }
        MerchantDocument merchant = merchants.require(caller, merchantId);
        ReportingPeriod period = checks.periodOrDefault(merchant, from, to);
        return cache.get("summary", merchant, MerchantCache.parameters(period.from(), period.to()),
                ComplianceSummary.class,
                () -> summarise(merchant, checks.evaluate(merchant, period, checks.selection(null))));
    }

    ComplianceSummary summarise(MerchantDocument merchant, EngineResult result) {
        List<Finding> top = result.findings().stream().limit(settings.topFindings()).map(SummaryService::withoutEvidence)
                .toList();
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        result.findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
        List<ComplianceSummary.RiskAction> risks = new ArrayList<>();
        for (List<Finding> findings : byRule.values()) {
            BigDecimal total = findings.stream().map(Finding::totalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            risks.add(new ComplianceSummary.RiskAction(withoutEvidence(findings.get(0)), findings.size(), total));
        }
        return new ComplianceSummary(merchant.id(), merchant.dataVersion(), result.from(), result.to(),
                result.risk().score(), result.risk().level(), top, risks);
    }

    /** The summary words findings but lists no transactions; leaving them out keeps the cached entry small. */
    private static Finding withoutEvidence(Finding f) {
        return new Finding(f.ruleId(), f.ruleVersion(), f.severity(), f.dimension(), f.facts(), f.from(), f.to(),
                f.measured(), f.threshold(), f.unit(), f.totalAmount(), f.evidenceCount(), List.of());
    }
}
