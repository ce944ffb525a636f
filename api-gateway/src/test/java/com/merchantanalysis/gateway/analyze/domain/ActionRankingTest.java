package com.merchantanalysis.gateway.analyze.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.merchantanalysis.gateway.analyze.model.Action;
import com.merchantanalysis.gateway.analyze.model.ComplianceSection;
import com.merchantanalysis.gateway.analyze.model.RankedAction;
import com.merchantanalysis.gateway.analyze.model.Section;

import org.junit.jupiter.api.Test;

class ActionRankingTest {

    private static Section<ComplianceSection> section(long version, Action... actions) {
        return Section.computed("compliance-checker", 1, version,
                new ComplianceSection(null, null, 10, "LOW", List.of(), List.of(actions)));
    }

    private static Action action(String title, String yuan, String confidence) {
        return new Action(title, "c", new BigDecimal(yuan), "e", new BigDecimal(confidence));
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
}
