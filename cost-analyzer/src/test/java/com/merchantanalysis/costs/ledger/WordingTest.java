package com.merchantanalysis.costs.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.testsupport.MessageBundles;
import com.merchantanalysis.costs.benchmark.domain.BenchmarkRatio;
import com.merchantanalysis.costs.support.TestWording;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The two bundles agree, name every code a sentence shows, and format as the guide's readers expect. */
class WordingTest {

    private final CostWording chinese = TestWording.chinese();
    private final CostWording english = TestWording.english();

    @Test
    void theBundlesHaveTheSameKeysEachInItsLanguageWithoutCodes() {
        MessageBundles.assertBilingual();
    }

    @Test
    void everyLineChannelRatioAndAnomalyKindHasItsWordsInBothLanguages() {
        for (CostWording wording : List.of(chinese, english)) {
            for (CostCategory line : CostCategory.values()) {
                assertThat(wording.line(line)).doesNotContain(line.name());
            }
            for (PaymentChannel channel : PaymentChannel.values()) {
                assertThat(wording.channel(channel)).doesNotContain(channel.name());
            }
            for (BenchmarkRatio ratio : BenchmarkRatio.values()) {
                assertThat(ratio.subject(wording) + ratio.base(wording)).doesNotContain("_");
            }
            for (String kind : List.of("SPIKE", "DROP", "STEP_UP", "STEP_DOWN")) {
                assertThat(wording.text("anomaly.kind." + kind)).isNotBlank();
            }
            for (int tier = 1; tier <= 5; tier++) {
                assertThat(wording.text("cityTier." + tier)).isNotBlank();
            }
        }
    }

    @Test
    void moneyMonthsDaysAndListsFollowTheLanguage() {
        assertThat(chinese.text("action.anomaly.day", chinese.day(LocalDate.of(2026, 11, 5)), new BigDecimal("3986199.06")))
                .isEqualTo("2026年11月5日入账¥3,986,199.06");
        assertThat(english.text("action.anomaly.day", english.day(LocalDate.of(2026, 11, 5)), new BigDecimal("1576.99")))
                .isEqualTo("5 Nov 2026 ¥1,576.99");
        assertThat(chinese.month(YearMonth.of(2026, 11))).isEqualTo("2026年11月");
        assertThat(english.month(YearMonth.of(2026, 11))).isEqualTo("Nov 2026");
        assertThat(chinese.and(List.of("房租", "人工成本", "进货成本"))).isEqualTo("房租、人工成本和进货成本");
        assertThat(english.or(List.of("rent", "payroll"))).isEqualTo("rent or payroll");
        assertThat(english.hour(7)).isEqualTo("07:00");
        assertThat(chinese.hour(7)).isEqualTo("7点");
    }

    @Test
    void anyLanguageButEnglishIsAnsweredInChineseWithOneCacheKeyPerLanguage() {
        StaticMessageSource messages = new StaticMessageSource();
        assertThat(new CostWording(messages, Locale.forLanguageTag("en-US")).language()).isEqualTo("en");
        assertThat(new CostWording(messages, Locale.forLanguageTag("zh-TW")).language()).isEqualTo("zh");
        assertThat(new CostWording(messages, Locale.FRENCH).language()).isEqualTo("zh");
    }
}
