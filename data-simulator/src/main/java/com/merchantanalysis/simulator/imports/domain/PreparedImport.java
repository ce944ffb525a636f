package com.merchantanalysis.simulator.imports.domain;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.simulator.imports.format.BillLayout;

/**
 * An upload received and understood: spooled, its encoding and layout known, its header checked.
 * Nothing is stored yet. Whoever holds it closes it (the spool is deleted then).
 *
 * @param recognised the layout was recognised from the content (or named by the client), not assumed
 */
record PreparedImport(MerchantDocument merchant, UploadSpool spool, BillLayout layout, boolean recognised,
        String fileName) implements AutoCloseable {

    @Override
    public void close() {
        spool.close();
    }
}
