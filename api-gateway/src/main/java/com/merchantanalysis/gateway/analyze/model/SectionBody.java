package com.merchantanalysis.gateway.analyze.model;

import java.util.List;

/** What every section's figures have in common: the actions its service proposes. */
public interface SectionBody {

    List<Action> actions();
}
