package com.merchantanalysis.common.data;

/**
 * Ground truth the simulator can plant on request. Each planted transaction carries {@link #label()},
 * which names the service and the rule or analysis that should find it, so that recall can be measured.
 */
public enum PlantedEvent {
    /** Cash deposits of 50,000 CNY or more in one day (PBOC Order No. 3, code 0501). */
    LARGE_CASH_DEPOSIT("compliance-checker", "pboc-large-cash-0501"),
    /** Several cash amounts just under 50,000 CNY within a few days. */
    STRUCTURING("compliance-checker", "cash-structuring"),
    /** Round, late-night, same-card, near-limit card sales (套现). */
    CARD_CASH_OUT("compliance-checker", "card-cash-out"),
    /**
     * Chargebacks above the card-scheme thresholds for a month, with a wave of refunds. Both carry the
     * label, but the schemes (and the rule) count only the chargebacks as disputes.
     */
    REFUND_CHARGEBACK_SPIKE("compliance-checker", "card-scheme-dispute-ratio"),
    /** Business volume through a personal collection QR code. */
    PERSONAL_CODE_BUSINESS("compliance-checker", "personal-collection-code"),
    /** A licence that expires within 90 days of the simulated period's end (set on the merchant). */
    EXPIRING_LICENCE("compliance-checker", "licence-expiry"),
    /** A channel charging an effective fee above its contracted rate. */
    FEE_OVERCHARGE("cost-analyzer", "fee-audit"),
    /** Utilities tripled for one month. */
    UTILITIES_ANOMALY("cost-analyzer", "cost-anomaly"),
    /** A period where outflows exceed inflows so the balance falls below zero. */
    CASH_SHORTFALL("cashflow-service", "runway");

    private final String service;
    private final String finder;

    PlantedEvent(String service, String finder) {
        this.service = service;
        this.finder = finder;
    }

    /** The service expected to find the event, e.g. {@code compliance-checker}. */
    public String service() {
        return service;
    }

    /** The rule id (compliance) or analysis name that should find it. */
    public String finder() {
        return finder;
    }

    /** The label stored on planted transactions: {@code service:finder}. */
    public String label() {
        return service + ":" + finder;
    }
}
