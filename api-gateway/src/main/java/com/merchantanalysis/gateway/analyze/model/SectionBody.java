package com.merchantanalysis.gateway.analyze.model;

import java.util.List;

/** What every section's figures have in common: the actions its service proposes, savings and risks apart. */
public interface SectionBody {

    List<Action> actions();

    List<RiskAction> riskActions();
}
