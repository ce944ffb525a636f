package com.merchantanalysis.simulator.merchant.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

import com.merchantanalysis.common.data.Licence;
import com.merchantanalysis.common.data.LicenceKind;

/**
 * Licences a merchant created from an archetype starts with: the business licence is valid 20 years
 * from opening, the others run in 5-year terms (食品经营许可证 is issued for 5 years) renewed on time,
 * so each is valid on {@code today}.
 */
final class MerchantLicences {

    private static final String DIGITS = "0123456789";
    private static final String CREDIT_CODE = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private MerchantLicences() {
    }

    static List<Licence> forOpening(List<LicenceKind> kinds, LocalDate openingDate, LocalDate today,
            RandomGenerator random) {
        return kinds.stream().map(kind -> new Licence(kind, number(kind, random), validUntil(kind, openingDate, today)))
                .toList();
    }

    private static LocalDate validUntil(LicenceKind kind, LocalDate openingDate, LocalDate today) {
        int term = kind == LicenceKind.BUSINESS_LICENCE ? 20 : 5;
        LocalDate end = openingDate.plusYears(term).minusDays(1);
        while (end.isBefore(today)) {
            end = end.plusYears(term);
        }
        return end;
    }

    /** A number in the licence's usual shape: an 18-character credit code, JY + 14 digits, ... */
    private static String number(LicenceKind kind, RandomGenerator random) {
        return switch (kind) {
            case BUSINESS_LICENCE -> "92" + chars(CREDIT_CODE, 16, random);
            case FOOD_BUSINESS_LICENCE -> "JY" + chars(DIGITS, 14, random);
            default -> kind.name().substring(0, 2) + chars(DIGITS, 12, random);
        };
    }

    private static String chars(String alphabet, int length, RandomGenerator random) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
