package com.merchantanalysis.costs.ledger;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.text.Wording;

import org.springframework.context.MessageSource;

/** Common's {@link Wording}, with the names of cost lines, channels and hours, and lists of up to three. */
public final class CostWording extends Wording {

    /** {@code requested} is the request's locale; any language but English is answered in Chinese. */
    public CostWording(MessageSource messages, Locale requested) {
        super(messages, requested);
    }

    /** A cost line's name in a sentence, e.g. 房租 / rent. */
    public String line(CostCategory category) {
        return text("line." + category.name());
    }

    /** A payment channel's name in a sentence, e.g. 支付宝 / Alipay. */
    public String channel(PaymentChannel channel) {
        return text("channel." + channel.name());
    }

    /** An hour of the day: 15点 / 15:00. */
    public String hour(int hour) {
        return DateTimeFormatter.ofPattern(text("format.hour"), locale()).format(LocalTime.of(hour, 0));
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
