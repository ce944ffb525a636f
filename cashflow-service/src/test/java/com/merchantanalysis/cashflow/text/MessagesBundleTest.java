package com.merchantanalysis.cashflow.text;

import com.merchantanalysis.common.testsupport.MessageBundles;

import org.junit.jupiter.api.Test;

class MessagesBundleTest {

    @Test
    void everySentenceIsInChineseAndInEnglishWithoutCodes() {
        MessageBundles.assertBilingual();
    }
}
