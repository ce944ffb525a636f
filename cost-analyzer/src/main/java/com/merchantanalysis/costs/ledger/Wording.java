package com.merchantanalysis.costs.ledger;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.text.AnswerLanguage;

import org.springframework.context.MessageSource;

/**
 * The sentences of one answer in the caller's language, from the app's messages bundles: Chinese
 * (messages.properties) unless the caller asked for English. Numbers, months and days are formatted by
 * the patterns the bundles hold, so the code never writes a word of either language.
 */
public final class Wording {

    private final MessageSource messages;
    private final Locale locale;

    /** {@code requested} is the request's locale; any language but English is answered in Chinese. */
    public Wording(MessageSource messages, Locale requested) {
        this.messages = messages;
        // One locale per bundle, so that the cache keeps one copy per language rather than one per
        // Accept-Language value.
        this.locale = AnswerLanguage.of(requested).locale();
    }

    /** The answer's language ("zh" or "en"): part of every cached answer's key. */
    public String language() {
        return locale.getLanguage();
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A cost line's name in a sentence, e.g. 房租 / rent. */
    public String line(CostCategory category) {
        return text("line." + category.name());
    }

    /** A payment channel's name in a sentence, e.g. 支付宝 / Alipay. */
    public String channel(PaymentChannel channel) {
        return text("channel." + channel.name());
    }

    /** 2026年11月 / November 2026. */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern(text("format.month"), locale).format(month);
    }

    /** 2026年11月5日 / 5 November 2026. */
    public String day(LocalDate day) {
        return DateTimeFormatter.ofPattern(text("format.day"), locale).format(day);
    }

    /** An hour of the day: 15点 / 15:00. */
    public String hour(int hour) {
        return DateTimeFormatter.ofPattern(text("format.hour"), locale).format(LocalTime.of(hour, 0));
    }

    /** "a", "a and b", "a, b and c" in the answer's language; the answers never list more than three. */
    public String and(List<String> items) {
        return list("list.and.", items);
    }

    /** "a", "a or b", "a, b or c". */
    public String or(List<String> items) {
        return list("list.or.", items);
    }

    private String list(String key, List<String> items) {
        if (items.size() > 3) {
            throw new IllegalArgumentException("A sentence lists at most three items: " + items);
        }
        return items.size() <= 1 ? String.join("", items) : text(key + items.size(), items.toArray());
    }
}
