package com.merchantanalysis.simulator.transaction.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+1|'=1+1",
            "+86 138 0000 0000|'+86 138 0000 0000",
            "-3200 rent|'-3200 rent",
            "@SUM(A1:A2)|'@SUM(A1:A2)",
            "-12.50|-12.50",
            "+3|+3",
            "午市套餐|午市套餐",
            "a=b|a=b" })
    void formulaLikeTextGetsAnApostropheButNumbersStayNumbers(String cell, String exported) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo(exported);
    }

    @Test
    void leadingTabsAndCarriageReturnsAreNeutralisedToo() {
        assertThat(CsvCells.neutralise("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(CsvCells.neutralise("\r=cmd")).isEqualTo("'\r=cmd");
        assertThat(CsvCells.neutralise(null)).isNull();
    }
}
