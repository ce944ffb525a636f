package com.merchantanalysis.compliance.rules.model;

/** The risk areas a report scores separately; each rule belongs to one. */
public enum Dimension {
    /** Large and structured cash movements (PBOC Order No. 3). */
    CASH,
    /** Large transfers (PBOC Order No. 3). */
    TRANSFERS,
    /** Card acquiring: cash-out patterns and card-scheme dispute programmes. */
    CARD,
    /** Collection codes (QR-code rules). */
    COLLECTION,
    /** Licences on record. */
    LICENCE,
    /** Invoices and cost structure as the tax bureau reads them. */
    TAX
}
