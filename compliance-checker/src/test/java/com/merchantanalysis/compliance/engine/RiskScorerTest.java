package com.merchantanalysis.compliance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.merchantanalysis.compliance.rules.model.Dimension;
import com.merchantanalysis.compliance.rules.model.Severity;
import com.merchantanalysis.common.text.Message;

import org.junit.jupiter.api.Test;

class RiskScorerTest {

    private final RiskScorer scorer = new RiskScorer(EngineSettings.defaults());

    private static Finding finding(Dimension dimension, Severity severity) {
        return new Finding("r", 1, severity, dimension, Message.of("d"), LocalDate.EPOCH, LocalDate.EPOCH,
                BigDecimal.ONE, BigDecimal.ONE, "COUNT", BigDecimal.ZERO, 0, List.of());
    }

    @Test
    void noFindingsScoreZeroAndLow() {
        RiskScore score = scorer.score(List.of());

        assertThat(score.score()).isZero();
        assertThat(score.level()).isEqualTo("LOW");
        assertThat(score.dimensions()).hasSize(Dimension.values().length);
    }

    @Test
    void aSingleHighFindingMakesTheLevelAtLeastMediumWhateverTheScore() {
        RiskScore score = scorer.score(List.of(finding(Dimension.LICENCE, Severity.HIGH)));

        assertThat(score.score()).isEqualTo(9); // 10 points × 0.85
        assertThat(score.level()).isEqualTo("MEDIUM");
    }

    @Test
    void repeatsInADimensionNeverExceedItsPointsAndEachDimensionShowsItsShare() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            findings.add(finding(Dimension.CASH, Severity.MEDIUM));
        }
        RiskScore score = scorer.score(findings);

        DimensionScore cash = score.dimensions().get(Dimension.CASH.ordinal());
        assertThat(cash.points()).isEqualByComparingTo("25.00");
        assertThat(cash.findings()).isEqualTo(20);
        assertThat(score.score()).isEqualTo(25);
        assertThat(score.level()).isEqualTo("LOW");
    }

    @Test
    void seventyIsHighAndFortyIsMedium() {
        assertThat(scorer.level(70, false)).isEqualTo("HIGH");
        assertThat(scorer.level(69, false)).isEqualTo("MEDIUM");
        assertThat(scorer.level(40, false)).isEqualTo("MEDIUM");
        assertThat(scorer.level(39, false)).isEqualTo("LOW");
        assertThat(scorer.level(39, true)).isEqualTo("MEDIUM");

        List<Finding> everywhere = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            everywhere.add(finding(d, Severity.HIGH));
        }
        assertThat(scorer.score(everywhere).score()).isEqualTo(85);
        assertThat(scorer.score(everywhere).level()).isEqualTo("HIGH");
    }
}
