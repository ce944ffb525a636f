package com.merchantanalysis.gateway.analyze.model;

import java.util.Locale;

/**
 * The language of a report's sentences: Simplified Chinese (the guide's users, and the default) or
 * English. The gateway asks every service in it and caches each language apart.
 */
public enum ReportLanguage {

    ZH_CN("zh-CN"), EN("en");

    private final String tag;

    ReportLanguage(String tag) {
        this.tag = tag;
    }

    /** English for any English locale, Chinese for everything else, as the services' bundles fall back. */
    public static ReportLanguage of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : ZH_CN;
    }

    /** The IETF tag, as sent in {@code Accept-Language} and shown in the report's parameters. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
