package com.merchantanalysis.common.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Sentences in one reader's language ({@link AnswerLanguage}) from the app's messages bundles:
 * messages.properties (Chinese) or messages_en.properties. Numbers are formatted by the bundles' own
 * patterns, days and months by their {@code format.day} and {@code format.month}, so code writes no word
 * of either language.
 */
public class Wording {

    private final MessageSource messages;
    private final Locale locale;

    /** {@code requested} is the reader's locale, e.g. the request's; null reads as Chinese. */
    public Wording(MessageSource messages, Locale requested) {
        this.messages = messages;
        this.locale = AnswerLanguage.of(requested).locale();
    }

    /** In the language of the request being served (its Accept-Language, Chinese without one). */
    public static Wording ofRequest(MessageSource messages) {
        return new Wording(messages, LocaleContextHolder.getLocale());
    }

    /**
     * "zh" or "en": part of the key of every answer cached with its sentences, so that a Chinese answer is
     * never served to an English reader.
     */
    public String language() {
        return locale.getLanguage();
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A code's label ({@code prefix + code}), or {@code fallbackKey}'s text for a code without one. */
    public String label(String prefix, String code, String fallbackKey) {
        return messages.getMessage(prefix + code, null, text(fallbackKey), locale);
    }

    public String render(Message message) {
        return text(message.key(), message.args().stream().map(this::argument).toArray());
    }

    public List<String> render(List<Message> messages) {
        return messages.stream().map(this::render).toList();
    }

    /** 2026年11月5日 / 5 Nov 2026, by the bundle's {@code format.day}. */
    public String day(LocalDate day) {
        return pattern("format.day").format(day);
    }

    /** 2026年11月 / Nov 2026, by the bundle's {@code format.month}. */
    public String month(YearMonth month) {
        return pattern("format.month").format(month);
    }

    protected Locale locale() {
        return locale;
    }

    private Object argument(Message.Arg arg) {
        return switch (arg.kind()) {
            case NUMBER -> new BigDecimal(arg.value());
            case DATE -> day(LocalDate.parse(arg.value()));
            case MONTH -> month(YearMonth.parse(arg.value()));
            case LABEL -> text(arg.value());
            // A list's separator has no word, so a bundle cannot hold it beside its sentences.
            case LIST -> String.join(locale.equals(Locale.ENGLISH) ? ", " : "、", arg.values());
            case MESSAGE -> render(arg.message());
            case TEXT -> arg.value();
        };
    }

    private DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(text(key), locale);
    }
}
