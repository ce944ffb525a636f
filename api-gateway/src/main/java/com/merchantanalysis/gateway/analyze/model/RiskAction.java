package com.merchantanalysis.gateway.analyze.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Something the merchant should do because of a risk (a compliance finding, a likely cash shortfall, a
 * record missing), as a service proposes it. It carries no yuan figure: what is at stake is not a saving,
 * so it is ranked by risk in its own list, never against the actions that save money.
 *
 * @param risk  HIGH, MEDIUM or LOW
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RiskAction(String title, String category, String risk, String evidence) {
}
