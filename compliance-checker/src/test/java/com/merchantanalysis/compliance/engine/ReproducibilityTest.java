package com.merchantanalysis.compliance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.compliance.support.Engines;

import org.junit.jupiter.api.Test;

/** Same data and rules give the same result, whatever order the store hands transactions of one instant in. */
class ReproducibilityTest {

    @Test
    void theSameDataGivesAnIdenticalResultEvenWhenTheStoreOrderDiffers() {
        LocalDate from = LocalDate.of(2025, 9, 1);
        LocalDate to = LocalDate.of(2025, 11, 30);
        var history = MerchantData.hotpot("repro", 5, from, to)
                .plantStructuring(LocalDate.of(2025, 10, 2), 3, 1)
                .plantCardCashOut(LocalDate.of(2025, 10, 5), 4)
                .plantLargeCash(LocalDate.of(2025, 11, 3), new BigDecimal("70000.00"), 3).build();
        List<TransactionDocument> shuffled = new ArrayList<>(history.transactions());
        Collections.shuffle(shuffled, new Random(42));

        EngineResult first = Engines.evaluate(history.merchant(), from, to, history.transactions());
        EngineResult second = Engines.evaluate(history.merchant(), from, to, shuffled);

        assertThat(first.findings()).isNotEmpty();
        assertThat(second).isEqualTo(first);
    }
}
