package com.merchantanalysis.compliance.wording;

import java.util.Locale;

/**
 * The two languages the service writes: English for a reader who asks for it, Chinese for everyone else (the
 * platform's users), the same choice the messages bundles make.
 */
public enum Language {
    CHINESE(Locale.SIMPLIFIED_CHINESE),
    ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public static Language of(Locale requested) {
        return requested != null && ENGLISH.locale.getLanguage().equals(requested.getLanguage()) ? ENGLISH : CHINESE;
    }

    /** The locale to word and format in: a reader asking for French gets Chinese with Chinese number formats. */
    public Locale locale() {
        return locale;
    }
}
