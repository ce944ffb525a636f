package com.merchantanalysis.gateway.analyze.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.merchantanalysis.gateway.analyze.model.Action;
import com.merchantanalysis.gateway.analyze.model.ComplianceSection;
import com.merchantanalysis.gateway.analyze.model.RankedAction;
import com.merchantanalysis.gateway.analyze.model.RankedRisk;
import com.merchantanalysis.gateway.analyze.model.RiskAction;
import com.merchantanalysis.gateway.analyze.model.Section;

import org.junit.jupiter.api.Test;

class ActionRankingTest {

    private static Section<ComplianceSection> section(long version, Action... actions) {
        return Section.computed("compliance-checker", 1, version,
                new ComplianceSection(null, null, 10, "LOW", List.of(), List.of(actions), List.of()), "stale");
    }

    private static Section<ComplianceSection> risky(RiskAction... risks) {
        return Section.computed("compliance-checker", 1, 1,
                new ComplianceSection(null, null, 10, "LOW", List.of(), List.of(), List.of(risks)), "stale");
    }

    private static Action action(String title, String yuan, String confidence) {
        return new Action(title, "c", new BigDecimal(yuan), "e", new BigDecimal(confidence), null);
    }

    private static RiskAction risk(String title, String level) {
        return new RiskAction(title, "c", level, "e");
    }

    @Test
    void theThreeWorthMostPerMonthAcrossSectionsTheSurerFirstAmongEquals() {
        var top = ActionRanking.top(List.of(
                new ActionRanking.Named("cost", section(1, action("a", "100.00", "0.9"), action("b", "900.00", "0.5"))),
                new ActionRanking.Named("cash", section(1, action("c", "900.00", "0.8"), action("d", "50.00", "1")))));

        assertThat(top).extracting(RankedAction::title).containsExactly("c", "b", "a");
        assertThat(top).extracting(RankedAction::section).containsExactly("cash", "cost", "cost");
    }

    @Test
    void staleSectionsStillOfferActionsUnavailableOnesCannot() {
        var top = ActionRanking.top(List.of(
                new ActionRanking.Named("cost", section(0, action("stale", "10.00", "0.5"))),
                new ActionRanking.Named("cash", Section.unavailable("cashflow-service", "not reachable"))));

        assertThat(top).extracting(RankedAction::title).containsExactly("stale");
    }

    @Test
    void risksAreRankedByLevelInSectionOrderAmongEqualsAndNeverAmongTheSavings() {
        var named = List.of(
                new ActionRanking.Named("cash", risky(risk("low cash", "LOW"), risk("shortfall", "HIGH"))),
                new ActionRanking.Named("compliance", risky(risk("licence", "MEDIUM"), risk("cash deposits", "HIGH"))));

        assertThat(ActionRanking.risks(named)).extracting(RankedRisk::title)
                .containsExactly("shortfall", "cash deposits", "licence", "low cash");
        assertThat(ActionRanking.top(named)).isEmpty();
    }
}
