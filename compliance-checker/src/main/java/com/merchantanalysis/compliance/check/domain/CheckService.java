package com.merchantanalysis.compliance.check.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.data.TransactionDays;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.period.ReportingPeriod;
import com.merchantanalysis.common.period.ReportingPeriodPolicy;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.InvalidFieldException;
import com.merchantanalysis.common.web.NotFoundException;
import com.merchantanalysis.compliance.engine.ComplianceEngine;
import com.merchantanalysis.compliance.engine.EngineResult;
import com.merchantanalysis.compliance.rules.domain.RuleCatalogue;
import com.merchantanalysis.compliance.rules.domain.RuleSelection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Runs checks (one pass over the period's transactions), stores them and reads them back per caller. */
@Service
public class CheckService {

    private static final Logger log = LoggerFactory.getLogger(CheckService.class);

    private final MerchantReader merchants;
    private final TransactionDays transactions;
    private final ComplianceEngine engine;
    private final RuleCatalogue catalogue;
    private final ComplianceMetrics metrics;
    private final ReportingPeriodPolicy periods;
    private final MongoOperations mongo;
    private final Clock clock;

    CheckService(MerchantReader merchants, TransactionDays transactions, ComplianceEngine engine,
            RuleCatalogue catalogue, ComplianceMetrics metrics, ReportingPeriodPolicy periods, MongoOperations mongo,
            Clock clock) {
        this.merchants = merchants;
        this.transactions = transactions;
        this.engine = engine;
        this.catalogue = catalogue;
        this.metrics = metrics;
        this.periods = periods;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Checks the merchant over the period and stores the report. */
    public ComplianceReportDocument check(Caller caller, String merchantId, LocalDate from, LocalDate to,
            String ruleSetVersion) {
        ReportingPeriod period = periods.checked(from, to);
        RuleSelection selection = selection(ruleSetVersion);
        MerchantDocument merchant = merchants.require(caller, merchantId);
        EngineResult result = evaluate(merchant, period, selection);
        ComplianceReportDocument report = new ComplianceReportDocument(UUID.randomUUID().toString(), merchant.id(),
                merchant.dataVersion(), period.from(), period.to(), selection.ruleSetVersion(), result.rulesApplied(),
                result.transactionsEvaluated(), result.risk(), result.findings(), result.nearMisses(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        mongo.insert(report);
        result.findings().forEach(metrics::found);
        log.info("Compliance check {} for merchant {} over {}..{}: score {} ({}), {} findings", report.id(),
                merchant.id(), period.from(), period.to(), result.risk().score(), result.risk().level(),
                result.findings().size());
        return report;
    }

    /** Evaluates without storing; {@code merchant} must already have been read for the caller. */
    public EngineResult evaluate(MerchantDocument merchant, ReportingPeriod period, RuleSelection selection) {
        return metrics.timeCheck(() -> {
            try (Stream<TransactionDocument> read = transactions.stream(merchant, period.from(), period.to())) {
                return engine.evaluate(merchant, period.from(), period.to(), selection, read.iterator());
            }
        });
    }

    /** The period asked for, or the platform's default one (common's ReportingPeriodPolicy). */
    public ReportingPeriod periodOrDefault(MerchantDocument merchant, LocalDate from, LocalDate to) {
        return periods.resolve(merchant, from, to);
    }

    public RuleSelection selection(String ruleSetVersion) {
        if (ruleSetVersion == null || ruleSetVersion.isBlank()) {
            return RuleSelection.byEffectiveDate(catalogue);
        }
        return RuleSelection.pinned(catalogue, catalogue.ruleSet(ruleSetVersion.strip())
                .orElseThrow(() -> new InvalidFieldException("ruleSetVersion", "unknown rule set '"
                        + ruleSetVersion.strip() + "'; known: " + catalogue.ruleSets().stream()
                                .map(s -> s.version()).toList())));
    }

    /** A stored report, if the caller may see its merchant; otherwise 404 as if it did not exist. */
    public ComplianceReportDocument report(Caller caller, String reportId) {
        ComplianceReportDocument report = mongo.findById(reportId, ComplianceReportDocument.class);
        if (report == null || !caller.maySee(report.merchantId())) {
            throw new NotFoundException("No compliance report with id '" + reportId + "'");
        }
        merchants.require(caller, report.merchantId());
        return report;
    }

    /** The merchant's reports, newest first. */
    public Page<ComplianceReportDocument> reports(Caller caller, String merchantId, int page, int size) {
        MerchantDocument merchant = merchants.require(caller, merchantId);
        Query query = Query.query(Criteria.where("merchantId").is(merchant.id()));
        long total = mongo.count(query, ComplianceReportDocument.class);
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")));
        var items = mongo.find(Query.of(query).with(request), ComplianceReportDocument.class);
        return new PageImpl<>(items, request, total);
    }
}
