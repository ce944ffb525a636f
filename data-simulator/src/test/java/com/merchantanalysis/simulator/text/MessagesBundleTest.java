package com.merchantanalysis.simulator.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.LicenceKind;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Wording;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.testsupport.MessageBundles;
import com.merchantanalysis.simulator.imports.format.BillLayout;
import com.merchantanalysis.common.text.Message.Arg;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The bundles as a reader of either language meets them, and every key the code asks for is in them: a
 * missing key would turn a row error into a 500.
 */
class MessagesBundleTest {

    /** A key written out in the main code, e.g. "row.required" or the prefix "kind.". */
    private static final Pattern KEY = Pattern.compile(
            "\"((?:import|file|row|skip|job|planted|layout|wechat\\.state|kind|channel|licence)\\.[A-Za-z.]*)\"");

    @Test
    void bothBundlesHaveTheSameKeysEachInItsLanguageWithoutCodes() {
        MessageBundles.assertBilingual();
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Set<String> keys = bundle().stringPropertyNames();
        List<String> named;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            named = sources.filter(p -> p.toString().endsWith(".java")).flatMap(MessagesBundleTest::keysIn).toList();
        }
        assertThat(named).as("keys named in src/main/java").hasSizeGreaterThan(50);
        named.stream().filter(key -> !key.endsWith(".")).forEach(key -> assertThat(keys).as(key).contains(key));
        // keys made of a prefix and a code
        Stream.of(BillLayout.values()).filter(layout -> layout != BillLayout.JSON_LINES)
                .forEach(layout -> assertThat(keys).contains(layout.label()));
        Stream.of("REVOKED", "CLOSED", "NOTPAY", "PAYERROR", "USERPAYING")
                .forEach(state -> assertThat(keys).contains("wechat.state." + state));
        Arrays.stream(PaymentChannel.values()).forEach(c -> assertThat(keys).contains("channel." + c.name()));
        Arrays.stream(LicenceKind.values()).forEach(l -> assertThat(keys).contains("licence." + l.name()));
    }

    @Test
    void numbersDaysAndNestedSentencesAreWordedForTheReader() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Message tooLarge = Message.of("import.atLine", Arg.number(1234), Arg.text("amount"),
                Arg.message(Message.of("row.amountTooLarge", Arg.number(new BigDecimal("100000000.00")))));
        Message licence = Message.of("planted.expiringLicence", Arg.label("licence.FOOD_BUSINESS_LICENCE"),
                Arg.text("JY123"), Arg.date(LocalDate.of(2025, 4, 30)));
        Message spike = Message.of("planted.refundChargebackSpike", Arg.number(12), Arg.month(YearMonth.of(2026, 11)));

        Wording chinese = new Wording(messages, Locale.SIMPLIFIED_CHINESE);
        Wording english = new Wording(messages, Locale.US);

        assertThat(chinese.render(tooLarge)).isEqualTo("第 1234 行（amount）：超过 ¥100,000,000.00");
        assertThat(english.render(tooLarge)).isEqualTo("Line 1234 (amount): is larger than ¥100,000,000.00");
        assertThat(chinese.render(licence)).isEqualTo("食品经营许可证（编号 JY123）的有效期改为 2025年4月30日");
        assertThat(english.render(licence)).isEqualTo("food business licence JY123 now valid until 30 Apr 2025");
        assertThat(chinese.render(spike)).isEqualTo("2026年11月，刷卡销售出现 12 笔拒付和退款");
        assertThat(english.render(spike)).isEqualTo("12 chargebacks plus refunds on card sales in Nov 2026");
        assertThat(new Wording(messages, Locale.FRENCH).render(spike)).as("any other language reads Chinese")
                .isEqualTo(chinese.render(spike));
        assertThat(english.render(Message.of("file.requiredColumnsMissing", Arg.list(List.of("kind", "amount")))))
                .isEqualTo("required columns missing: kind, amount");
        assertThat(chinese.render(Message.of("file.requiredColumnsMissing", Arg.list(List.of("kind", "amount")))))
                .isEqualTo("缺少必填的列：kind、amount");
    }

    private static Stream<String> keysIn(Path source) {
        try {
            Matcher matcher = KEY.matcher(Files.readString(source));
            return matcher.results().map(result -> result.group(1)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle() {
        try (InputStream in = MessagesBundleTest.class.getClassLoader().getResourceAsStream("messages.properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
