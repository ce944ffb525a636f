package com.merchantanalysis.costs.feeaudit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.InvalidFieldException;
import com.merchantanalysis.common.cache.MerchantCache;
import com.merchantanalysis.costs.config.CostMetrics;
import com.merchantanalysis.costs.config.CostSettings;
import com.merchantanalysis.costs.feeaudit.domain.FeeEvidenceScanner.Found;
import com.merchantanalysis.costs.feeaudit.model.FeeAuditReport;
import com.merchantanalysis.costs.feeaudit.model.FeeAuditReport.ChannelAudit;
import com.merchantanalysis.costs.ledger.DataCompleteness;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.ledger.PeriodLedger;
import com.merchantanalysis.costs.ledger.RollupReader;
import com.merchantanalysis.costs.ledger.CostWording;
import com.merchantanalysis.common.period.ReportingPeriodPolicy;
import com.merchantanalysis.common.period.ReportingPeriod;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Audits payment fees: the rate each channel effectively charged (rollups) against the contracted one,
 * with the individual sales that show an overcharge (streamed from the transactions).
 */
@Service
public class FeeAuditService {

    private final MerchantReader merchants;
    private final ReportingPeriodPolicy periods;
    private final RollupReader rollups;
    private final FeeEvidenceScanner scanner;
    private final MerchantCache cache;
    private final CostMetrics metrics;
    private final CostSettings settings;
    private final MessageSource messages;

    FeeAuditService(MerchantReader merchants, ReportingPeriodPolicy periods, RollupReader rollups, FeeEvidenceScanner scanner,
            MerchantCache cache, CostMetrics metrics, CostSettings settings, MessageSource messages) {
        this.merchants = merchants;
        this.periods = periods;
        this.rollups = rollups;
        this.scanner = scanner;
        this.cache = cache;
        this.metrics = metrics;
        this.settings = settings;
        this.messages = messages;
    }

    /** The audit, its sentences in {@code locale}'s language (which is part of the cache key). */
    public FeeAuditReport audit(Caller caller, String merchantId, LocalDate from, LocalDate to, int page, Integer size,
            Locale locale) {
        CostWording wording = new CostWording(messages, locale);
        int pageSize = size == null ? settings.feeAudit().defaultEvidence() : size;
        if (pageSize > settings.feeAudit().maxEvidence()) {
            throw new InvalidFieldException("size", "must be at most " + settings.feeAudit().maxEvidence());
        }
        return metrics.time("fee-audit", () -> {
            MerchantDocument merchant = merchants.require(caller, merchantId);
            ReportingPeriod period = periods.resolve(merchant, from, to);
            return cache.get("fee-audit", merchant, MerchantCache.parameters(period.from(), period.to(), page,
                    pageSize, wording.language()), FeeAuditReport.class,
                    () -> compute(merchant, period, page, pageSize, wording));
        });
    }

    /** The channels' fee checks from the rollups only, for other analyses. */
    public List<ChannelFeeCheck> checks(MerchantDocument merchant, PeriodLedger ledger) {
        return ChannelFeeCheck.of(merchant, ledger, settings.feeAudit().rateTolerance());
    }

    FeeAuditReport compute(MerchantDocument merchant, ReportingPeriod period, int page, int size, CostWording wording) {
        PeriodLedger ledger = rollups.ledger(merchant.id(), period);
        List<ChannelFeeCheck> checks = checks(merchant, ledger);
        Map<PaymentChannel, BigDecimal> rates = new EnumMap<>(PaymentChannel.class);
        checks.stream().filter(check -> check.contractRate() != null)
                .forEach(check -> rates.put(check.channel(), check.contractRate()));
        Map<PaymentChannel, Found> found = rates.isEmpty() ? Map.of()
                : scanner.scan(merchant, period, rates, settings.feeAudit().perFeeTolerance(), page, size);
        List<ChannelAudit> channels = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (ChannelFeeCheck check : checks) {
            Found evidence = found.getOrDefault(check.channel(), new Found(0, BigDecimal.ZERO.setScale(2), List.of()));
            total = total.add(check.overcharge());
            channels.add(new ChannelAudit(check.channel().name(), check.status(), check.contractRatePct(),
                    check.effectiveRatePct(), Money.cents(check.sales()), Money.cents(check.fees()),
                    check.contractedFees(), check.overcharge(), Money.perMonth(check.overcharge(), period.days()),
                    evidence.count(), evidence.excess(), evidence.page()));
        }
        return new FeeAuditReport(merchant.id(), merchant.dataVersion(), period.from(), period.to(),
                DataCompleteness.of(ledger, period.days(), wording), Money.cents(total),
                page, size, channels);
    }
}
