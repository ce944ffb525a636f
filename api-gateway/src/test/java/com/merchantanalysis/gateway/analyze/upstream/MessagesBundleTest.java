package com.merchantanalysis.gateway.analyze.upstream;

import com.merchantanalysis.common.testsupport.MessageBundles;

import org.junit.jupiter.api.Test;

/** The gateway's own sentences (why a section is stale or unavailable) in both languages. */
class MessagesBundleTest {

    @Test
    void everySentenceIsInChineseAndInEnglishWithoutCodes() {
        MessageBundles.assertBilingual();
    }
}
