package com.merchantanalysis.compliance.licence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.Licence;
import com.merchantanalysis.common.data.LicenceKind;
import com.merchantanalysis.common.data.MerchantDocument;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenceExpiryTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private final LicenceExpiry defaults = new LicenceExpiry(new LicenceSettings(List.of(90, 60, 30)));

    @ParameterizedTest(name = "{0} days left -> {1}")
    @CsvSource({
        "-1, EXPIRED",
        "0, EXPIRING_30",
        "30, EXPIRING_30",
        "31, EXPIRING_60",
        "60, EXPIRING_60",
        "61, EXPIRING_90",
        "90, EXPIRING_90",
        "91, VALID"
    })
    void theSmallestWindowALicenceFallsInWins(int daysLeft, String status) {
        var finding = defaults.assess(licence(LicenceKind.HEALTH_PERMIT, AS_OF.plusDays(daysLeft)), AS_OF);

        assertThat(finding.daysRemaining()).isEqualTo(daysLeft);
        assertThat(finding.status()).isEqualTo(status);
    }

    @Test
    void theWindowsComeFromTheSettingsInAnyOrder() {
        var expiry = new LicenceExpiry(new LicenceSettings(List.of(14, 7)));

        assertThat(expiry.statusOf(7)).isEqualTo("EXPIRING_7");
        assertThat(expiry.statusOf(8)).isEqualTo("EXPIRING_14");
        assertThat(expiry.statusOf(15)).isEqualTo("VALID");
    }

    @Test
    void theReviewListsTheMostUrgentLicenceFirst() {
        var merchant = new MerchantDocument("m-1", "街角便利店", Industry.CONVENIENCE_STORE, "Hangzhou",
                LocalDate.of(2020, 6, 1), "Asia/Shanghai", List.of(
                        licence(LicenceKind.BUSINESS_LICENCE, LocalDate.of(2040, 5, 31)),
                        licence(LicenceKind.FOOD_BUSINESS_LICENCE, LocalDate.of(2026, 2, 15)),
                        licence(LicenceKind.HEALTH_PERMIT, LocalDate.of(2025, 11, 30))),
                List.of(), new BigDecimal("8000.00"), 0, Instant.parse("2020-06-01T00:00:00Z"), "convenience-store", 2);

        var review = defaults.review(merchant, AS_OF);

        assertThat(review.merchantId()).isEqualTo("m-1");
        assertThat(review.asOf()).isEqualTo(AS_OF);
        assertThat(review.licences()).extracting(LicenceFinding::kind).containsExactly(
                LicenceKind.HEALTH_PERMIT, LicenceKind.FOOD_BUSINESS_LICENCE, LicenceKind.BUSINESS_LICENCE);
        assertThat(review.licences()).extracting(LicenceFinding::status)
                .containsExactly("EXPIRED", "EXPIRING_60", "VALID");
    }

    private static Licence licence(LicenceKind kind, LocalDate validUntil) {
        return new Licence(kind, "NO-" + kind.ordinal(), validUntil);
    }
}
