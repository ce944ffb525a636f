package com.merchantanalysis.compliance.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.LicenceKind;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.MessageBundles;
import com.merchantanalysis.compliance.engine.EngineResult;
import com.merchantanalysis.compliance.engine.Finding;
import com.merchantanalysis.compliance.rules.model.RuleVersion;
import com.merchantanalysis.compliance.support.Engines;
import com.merchantanalysis.compliance.support.Wordings;

import org.junit.jupiter.api.Test;

/** Every sentence the service can show, in Chinese and in English, without codes. */
class WordingTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Chinese written across folded YAML lines would get a space between two characters. */
    private static final Pattern SPACE_IN_CHINESE = Pattern.compile("\\p{IsHan}\\s+\\p{IsHan}");
    /** A law's title, kept as it is published in both languages. */
    private static final Pattern TITLE = Pattern.compile("《[^》]+》");
    private static final Pattern AMOUNT = Pattern.compile("¥[0-9][0-9,.]*");
    private static final Pattern FORMATTED_AMOUNT = Pattern.compile("¥\\d{1,3}(,\\d{3})*\\.\\d{2}");

    @Test
    void theBundlesHaveTheSameKeysEachInItsLanguageWithoutCodes() {
        MessageBundles.assertBilingual();
    }

    @Test
    void everyRuleVersionIsWrittenInBothLanguagesWithItsCitationsTitlesKept() {
        for (var rule : Engines.CATALOGUE.rules()) {
            for (RuleVersion v : rule.versions()) {
                String owner = rule.id() + " v" + v.version();
                for (LocalizedText text : List.of(v.title(), v.whatItMeans(), v.howToFix())) {
                    assertChinese(owner, text.zh());
                    assertEnglish(owner, text.en());
                }
                assertThat(HAN.matcher(v.citation().zh()).find()).as(owner).isTrue();
                assertThat(SPACE_IN_CHINESE.matcher(v.citation().zh()).find()).as(owner).isFalse();
                assertThat(HAN.matcher(TITLE.matcher(v.citation().en()).replaceAll("")).find())
                        .as("%s: English citation has Chinese outside a title", owner).isFalse();
                assertThat(titles(v.citation().en())).as(owner).isEqualTo(titles(v.citation().zh()));
            }
        }
        for (var set : Engines.CATALOGUE.ruleSets()) {
            assertChinese(set.version(), set.description().zh());
            assertEnglish(set.version(), set.description().en());
        }
    }

    @Test
    void everyLicenceKindAndIndustryHasANameInBothLanguages() {
        for (LicenceKind kind : LicenceKind.values()) {
            assertLabel("licence." + kind.name());
        }
        for (Industry industry : Industry.values()) {
            assertLabel("industry." + industry.name());
        }
    }

    @Test
    void monthsDaysAndAmountsAreWrittenTheReadersWay() {
        Message message = Message.of("finding.b2b-invoice-missing", Arg.month(YearMonth.of(2026, 11)), Arg.number(1),
                Arg.number(new BigDecimal("1000.00")), Arg.number(new BigDecimal("1234567.8")));

        assertThat(Wordings.english(message)).isEqualTo("In Nov 2026, one sale to companies of ¥1,000.00 or more, "
                + "¥1,234,567.80 in all, has no invoice reference.");
        assertThat(Wordings.chinese(message)).isEqualTo("2026年11月有1笔¥1,000.00及以上的对公销售没有开票记录，"
                + "合计¥1,234,567.80。");
        // any other language reads the Chinese, with Chinese number formats (not a French decimal comma)
        assertThat(Wordings.in(Locale.FRANCE, message)).isEqualTo(Wordings.chinese(message));
        assertThat(Wordings.in(Locale.US, message)).isEqualTo(Wordings.english(message));

        Message licence = Message.of("finding.licence-expiry.expired", Arg.label("licence.FOOD_BUSINESS_LICENCE"),
                Arg.text("JY123"), Arg.date(LocalDate.of(2026, 11, 3)), Arg.number(27),
                Arg.date(LocalDate.of(2026, 11, 30)));
        assertThat(Wordings.english(licence))
                .isEqualTo("The food business licence no. JY123 expired on 3 Nov 2026, 27 days before 30 Nov 2026.");
        assertThat(Wordings.chinese(licence)).isEqualTo("食品经营许可证（编号JY123）已于2026年11月3日到期，到2026年11月30日已过期27天。");
    }

    @Test
    void everyFindingOfPlantedMerchantsReadsAsASentenceInEitherLanguage() {
        LocalDate from = LocalDate.of(2025, 9, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        List<Finding> all = new ArrayList<>();
        for (String archetype : List.of("hotpot", "ecommerce")) {
            var history = MerchantData.archetype(archetype, "worded-" + archetype, 21L, from, to)
                    .plantLargeCash(LocalDate.of(2025, 9, 14), new BigDecimal("56000.00"), 2)
                    .plantStructuring(LocalDate.of(2025, 9, 8), 3, 2)
                    .plantCardCashOut(LocalDate.of(2025, 10, 3), 5)
                    .plantDisputeSpike(LocalDate.of(2025, 11, 1), 40)
                    .plantPersonalCode(LocalDate.of(2025, 12, 1), 25)
                    .plantExpiringLicence(to.minusDays(2)).build();
            EngineResult result = Engines.evaluate(history.merchant(), from, to, history.transactions());
            all.addAll(result.findings());
            all.addAll(result.nearMisses());
        }

        assertThat(all.stream().map(f -> f.facts().key()).distinct()).hasSizeGreaterThanOrEqualTo(6);
        for (Finding finding : all) {
            assertChinese(finding.ruleId(), withoutNames(Wordings.chinese(finding.facts()), finding.facts()));
            assertEnglish(finding.ruleId(), withoutNames(Wordings.english(finding.facts()), finding.facts()));
        }
    }

    private static void assertChinese(String owner, String text) {
        assertThat(HAN.matcher(text).find()).as("%s in Chinese: %s", owner, text).isTrue();
        assertThat(SPACE_IN_CHINESE.matcher(text).find()).as("%s has a space inside Chinese: %s", owner, text)
                .isFalse();
        assertSentence(owner, text);
    }

    private static void assertEnglish(String owner, String text) {
        assertThat(HAN.matcher(text).find()).as("%s in English has Chinese: %s", owner, text).isFalse();
        assertSentence(owner, text);
    }

    private static void assertSentence(String owner, String text) {
        assertThat(MessageBundles.CODE.matcher(text).find()).as("%s has a code: %s", owner, text).isFalse();
        assertThat(text).as(owner).doesNotContain("{").doesNotContain("CNY");
        Matcher amounts = AMOUNT.matcher(text);
        while (amounts.find()) {
            if (FORMATTED_AMOUNT.matcher(amounts.group()).matches() || amounts.group().matches("¥\\d{1,3}(,\\d{3})*")) {
                continue;
            }
            throw new AssertionError(owner + ": amount " + amounts.group() + " not written as ¥1,234.56 in " + text);
        }
    }

    /** The text without the names it quotes as they are (a licence number such as JY-PLANTED-1 is no code). */
    private static String withoutNames(String text, Message message) {
        for (Arg arg : message.args()) {
            if (arg.kind() == Message.Kind.TEXT) {
                text = text.replace(arg.value(), "");
            }
        }
        return text;
    }

    private static void assertLabel(String key) {
        assertThat(HAN.matcher(Wordings.chinese(Message.of(key))).find()).as(key).isTrue();
        assertThat(Wordings.english(Message.of(key))).as(key).isNotBlank();
    }

    private static List<String> titles(String citation) {
        List<String> titles = new ArrayList<>();
        Matcher m = TITLE.matcher(citation);
        while (m.find()) {
            titles.add(m.group());
        }
        return titles;
    }
}
