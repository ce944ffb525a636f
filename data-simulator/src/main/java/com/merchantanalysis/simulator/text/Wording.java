package com.merchantanalysis.simulator.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Sentences in one reader's language from the app's messages bundles: Chinese (messages.properties)
 * unless the reader asked for English (messages_en.properties). Numbers are formatted by the bundles'
 * own patterns and days by their {@code format.day}, so the code writes no word of either language
 * (only a list's separator, which a bundle could not hold beside its sentences: it has no word).
 */
public final class Wording {

    private final MessageSource messages;
    private final Locale locale;

    /** {@code requested} is the request's locale; any language but English is answered in Chinese. */
    public Wording(MessageSource messages, Locale requested) {
        this.messages = messages;
        // one locale per bundle: a French reader gets Chinese sentences with Chinese number formats
        this.locale = requested != null && Locale.ENGLISH.getLanguage().equals(requested.getLanguage())
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public String render(Message message) {
        return text(message.key(), message.args().stream().map(this::argument).toArray());
    }

    public List<String> render(List<Message> messages) {
        return messages.stream().map(this::render).toList();
    }

    private Object argument(Message.Arg arg) {
        return switch (arg.kind()) {
            case NUMBER -> new BigDecimal(arg.value());
            case DATE -> LocalDate.parse(arg.value()).format(pattern("format.day"));
            case MONTH -> YearMonth.parse(arg.value()).format(pattern("format.month"));
            case LABEL -> text(arg.value());
            case LIST -> String.join(locale == Locale.ENGLISH ? ", " : "、", arg.values());
            case MESSAGE -> render(arg.message());
            case TEXT -> arg.value();
        };
    }

    private DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(text(key), locale);
    }
}
