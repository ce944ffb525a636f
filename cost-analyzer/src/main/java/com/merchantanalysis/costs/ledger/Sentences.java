package com.merchantanalysis.costs.ledger;

import java.util.List;
import java.util.Locale;

/** Small wording helpers, so that sentences read as written English, never as joined codes. */
public final class Sentences {

    private Sentences() {
    }

    /** "a", "a or b", "a, b or c". */
    public static String or(List<String> items) {
        return join(items, " or ");
    }

    /** "a", "a and b", "a, b and c". */
    public static String and(List<String> items) {
        return join(items, " and ");
    }

    public static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String join(List<String> items, String last) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }
}
