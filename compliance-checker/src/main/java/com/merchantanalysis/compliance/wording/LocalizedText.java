package com.merchantanalysis.compliance.wording;

import java.util.Locale;
import java.util.Objects;

import com.merchantanalysis.common.text.AnswerLanguage;

/** A text written in both languages where it is kept (a rule file), rather than in the messages bundles. */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** English for an English reader, Chinese for everyone else: the same choice as the bundles make. */
    public String in(Locale locale) {
        return AnswerLanguage.of(locale) == AnswerLanguage.ENGLISH ? en : zh;
    }
}
