package com.merchantanalysis.gateway.analyze.upstream;

import com.merchantanalysis.gateway.analyze.model.SectionBody;

/** A service's summary answer: the data version it computed on, and its figures as a report section. */
public interface UpstreamSummary<S extends SectionBody> {

    long dataVersion();

    S toSection();
}
