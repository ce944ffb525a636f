package com.merchantanalysis.simulator.imports.format;

import java.util.List;
import java.util.Set;

/** The documented columns of our own CSV and JSON lines formats. */
public final class ImportFields {

    public static final String EXTERNAL_ID = "externalId";
    public static final String TIMESTAMP = "timestamp";
    public static final String AMOUNT = "amount";
    public static final String DIRECTION = "direction";
    public static final String KIND = "kind";
    public static final String CHANNEL = "channel";
    public static final String COUNTERPARTY_TYPE = "counterpartyType";
    public static final String COUNTERPARTY_ID = "counterpartyId";
    public static final String CROSS_BORDER = "crossBorder";
    public static final String INVOICE_REFERENCE = "invoiceReference";
    public static final String FEE = "fee";
    public static final String DESCRIPTION = "description";

    /** In the order of the documentation and of the CSV export. */
    public static final List<String> ALL = List.of(EXTERNAL_ID, TIMESTAMP, AMOUNT, DIRECTION, KIND, CHANNEL,
            COUNTERPARTY_TYPE, COUNTERPARTY_ID, CROSS_BORDER, INVOICE_REFERENCE, FEE, DESCRIPTION);

    public static final Set<String> REQUIRED = Set.of(EXTERNAL_ID, TIMESTAMP, AMOUNT, DIRECTION, KIND);

    /**
     * Set ("true") by the bill layouts for money paid into a personal collection QR code (个人收款码),
     * which a personal bill shows; not a column of our own formats.
     */
    public static final String PERSONAL_COLLECTION_CODE = "personalCollectionCode";

    private ImportFields() {
    }
}
