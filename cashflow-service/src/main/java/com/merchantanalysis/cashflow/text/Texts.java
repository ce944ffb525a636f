package com.merchantanalysis.cashflow.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The app's sentences in one reader's language: messages.properties (Chinese, the default) or
 * messages_en.properties, with numbers formatted by the bundle's patterns and days by its
 * {@code format.day}.
 */
public final class Texts {

    private final MessageSource messages;
    private final Locale locale;

    public Texts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** In the language of the request being served (its Accept-Language, zh-CN without one). */
    public static Texts ofRequest(MessageSource messages) {
        return new Texts(messages, LocaleContextHolder.getLocale());
    }

    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** A code's label ({@code prefix + code}), or {@code fallbackKey}'s text for a code without one. */
    public String label(String prefix, String code, String fallbackKey) {
        return messages.getMessage(prefix + code, null, get(fallbackKey), locale);
    }

    public String day(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("format.day"), locale).format(date);
    }

    /**
     * The language the texts are in, as answers cached with rendered text must be keyed by it: a Chinese
     * answer must never be served to an English reader.
     */
    public String language() {
        return locale.getLanguage();
    }
}
