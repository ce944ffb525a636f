package com.merchantanalysis.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** The loop must allow exactly what the strict firewall's own regular expressions allow. */
class FirewallTextTest {

    @Test
    void everyCodePointIsJudgedAsTheFirewallsRegularExpressionsJudgeIt() {
        List<String> disagreements = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + Character.toString(codePoint) + "b";
            compare(text, disagreements);
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void mixedTextsIncludingLoneSurrogatesAreJudgedAlike() {
        Random random = new Random(21);
        char[] pool = { 'a', ' ', '\t', '\n', '\u007f', '\u0085', '\u00e9', '\u4e2d', '\ud83d', '\ude00', '\u0378', '\uffff' };
        List<String> disagreements = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i >= 0; i--) {
                text.append(pool[random.nextInt(pool.length)]);
            }
            compare(text.toString(), disagreements);
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void aHeaderValueMayHoldATabButANameMayNot() {
        assertThat(FirewallText.isAllowedValue("Bearer\tabc")).isTrue();
        assertThat(FirewallText.isAllowedName("X-A\tb")).isFalse();
        assertThat(FirewallText.isAllowedValue("line\r\nX-Injected: 1")).isFalse();
    }

    @Test
    void anAbsentHeaderIsAllowedAsByTheFirewall() {
        assertThat(FirewallText.isAllowedValue(null)).isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(null))
                .isTrue();
        assertThat(FirewallText.isAllowedName(null)).isTrue();
    }

    private static void compare(String text, List<String> disagreements) {
        check("name", text, StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES, FirewallText::isAllowedName, disagreements);
        check("value", text, StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES, FirewallText::isAllowedValue, disagreements);
        check("parameter name", text, StrictServerWebExchangeFirewall.ALLOWED_PARAMETER_NAMES, FirewallText::isAllowedName,
                disagreements);
    }

    private static void check(String kind, String text, Predicate<String> library, Predicate<String> ours,
            List<String> disagreements) {
        if (library.test(text) != ours.test(text) && disagreements.size() < 20) {
            disagreements.add(kind + " " + text.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }
}
