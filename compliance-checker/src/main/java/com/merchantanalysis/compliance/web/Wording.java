package com.merchantanalysis.compliance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.merchantanalysis.common.text.AnswerLanguage;
import com.merchantanalysis.compliance.wording.Message;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words messages in the reader's language from the messages bundles: Chinese (messages.properties) unless
 * the reader asks for English. Numbers are formatted by the bundle's own patterns, days and months by the
 * {@code format.day} and {@code format.month} patterns it holds.
 */
@Component
public class Wording {

    private final MessageSource messages;

    public Wording(MessageSource messages) {
        this.messages = messages;
    }

    public String render(Message message, Locale locale) {
        Locale language = AnswerLanguage.of(locale).locale();
        Object[] args = message.args().stream().map(arg -> argument(arg, language)).toArray();
        return messages.getMessage(message.key(), args, language);
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, AnswerLanguage.of(locale).locale());
    }

    private Object argument(Message.Arg arg, Locale language) {
        return switch (arg.kind()) {
            case NUMBER -> new BigDecimal(arg.value());
            case DATE -> LocalDate.parse(arg.value()).format(pattern("format.day", language));
            case MONTH -> YearMonth.parse(arg.value()).format(pattern("format.month", language));
            case LABEL -> messages.getMessage(arg.value(), null, language);
            case TEXT -> arg.value();
        };
    }

    private DateTimeFormatter pattern(String key, Locale language) {
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, language), language);
    }
}
