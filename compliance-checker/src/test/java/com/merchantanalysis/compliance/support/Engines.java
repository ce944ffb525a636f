package com.merchantanalysis.compliance.support;

import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.compliance.engine.ComplianceEngine;
import com.merchantanalysis.compliance.engine.EngineResult;
import com.merchantanalysis.compliance.engine.EngineSettings;
import com.merchantanalysis.compliance.engine.rules.B2bInvoiceRule;
import com.merchantanalysis.compliance.engine.rules.CardCashOutRule;
import com.merchantanalysis.compliance.engine.rules.CashStructuringRule;
import com.merchantanalysis.compliance.engine.rules.CompanyTransferRule;
import com.merchantanalysis.compliance.engine.rules.CostRevenueRatioRule;
import com.merchantanalysis.compliance.engine.rules.DisputeRatioRule;
import com.merchantanalysis.compliance.engine.rules.LargeCashRule;
import com.merchantanalysis.compliance.engine.rules.LicenceExpiryRule;
import com.merchantanalysis.compliance.engine.rules.PersonCrossBorderRule;
import com.merchantanalysis.compliance.engine.rules.PersonTransferRule;
import com.merchantanalysis.compliance.engine.rules.PersonalCollectionCodeRule;
import com.merchantanalysis.compliance.rules.domain.RuleCatalogue;
import com.merchantanalysis.compliance.rules.domain.RuleSelection;

/** The real catalogue and engine, without Spring, for unit tests and the benchmark. */
public final class Engines {

    public static final RuleCatalogue CATALOGUE = RuleCatalogue.load();
    public static final ComplianceEngine ENGINE = new ComplianceEngine(List.of(new LargeCashRule(),
            new CompanyTransferRule(), new PersonTransferRule(), new PersonCrossBorderRule(), new CashStructuringRule(),
            new CardCashOutRule(), new DisputeRatioRule(), new PersonalCollectionCodeRule(), new LicenceExpiryRule(),
            new B2bInvoiceRule(), new CostRevenueRatioRule()), CATALOGUE, EngineSettings.defaults());

    private Engines() {
    }

    public static EngineResult evaluate(MerchantDocument merchant, LocalDate from, LocalDate to,
            List<TransactionDocument> transactions) {
        return ENGINE.evaluate(merchant, from, to, RuleSelection.byEffectiveDate(CATALOGUE), transactions.iterator());
    }

    public static EngineResult evaluatePinned(MerchantDocument merchant, LocalDate from, LocalDate to,
            List<TransactionDocument> transactions, String ruleSet) {
        return ENGINE.evaluate(merchant, from, to, RuleSelection.pinned(CATALOGUE, CATALOGUE.ruleSet(ruleSet)
                .orElseThrow()), transactions.iterator());
    }
}
