package com.merchantanalysis.common.text;

import java.util.Locale;

/**
 * The two languages the platform writes its sentences in: English for a reader who asks for it
 * ({@code Accept-Language: en}, {@code en-US}…), Simplified Chinese for everyone else, the guide's users.
 * The apps' messages bundles make the same choice (messages.properties is Chinese, messages_en.properties
 * English); answers cached with their sentences are keyed by {@link #tag}.
 */
public enum AnswerLanguage {

    CHINESE(Locale.SIMPLIFIED_CHINESE, "zh-CN"),
    ENGLISH(Locale.ENGLISH, "en");

    private final Locale locale;
    private final String tag;

    AnswerLanguage(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public static AnswerLanguage of(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : CHINESE;
    }

    /** The locale to word and format in: a reader asking for French gets Chinese with Chinese number formats. */
    public Locale locale() {
        return locale;
    }

    /** The IETF tag, as sent in {@code Accept-Language} and shown in answers. */
    public String tag() {
        return tag;
    }
}
