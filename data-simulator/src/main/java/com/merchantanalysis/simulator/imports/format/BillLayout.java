package com.merchantanalysis.simulator.imports.format;

import java.io.Reader;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The file layouts the import understands, with the {@code format} parameter that names each family
 * and how each one's column header is recognised.
 */
public enum BillLayout {
    /** Our documented CSV columns. */
    CSV("csv", OwnCsvReader::new, OwnCsvReader::isHeader),
    /** One JSON object per line, same fields as {@link #CSV}; told by its content type or first line. */
    JSON_LINES("csv", JsonLinesReader::new, columns -> false),
    /** WeChat Pay merchant trade bill (交易账单). */
    WECHAT_TRADE("wechat", WeChatPayBillReader::new, WeChatPayBillReader::isHeader),
    /** WeChat Pay personal bill (微信支付账单明细). */
    WECHAT_PERSONAL("wechat", WeChatPersonalBillReader::new, WeChatPersonalBillReader::isHeader),
    /** Alipay merchant bill (业务明细 or 账务明细). */
    ALIPAY_MERCHANT("alipay", AlipayBillReader::new, AlipayBillReader::isHeader),
    /** Alipay personal bill (支付宝交易明细). */
    ALIPAY_PERSONAL("alipay", AlipayPersonalBillReader::new, AlipayPersonalBillReader::isHeader);

    private final String format;
    private final Function<Reader, RowReader> reader;
    private final Predicate<Map<String, Integer>> header;

    BillLayout(String format, Function<Reader, RowReader> reader, Predicate<Map<String, Integer>> header) {
        this.format = format;
        this.reader = reader;
        this.header = header;
    }

    /** The value of the {@code format} parameter that selects this layout's family. */
    public String format() {
        return format;
    }

    /** The bundle key of the layout's name in a sentence, e.g. 微信支付个人账单 / WeChat Pay personal bill. */
    public String label() {
        return "layout." + name();
    }

    /** @throws BadFileException if the file does not start like this layout */
    public RowReader open(Reader text) {
        return reader.apply(text);
    }

    boolean isHeader(Map<String, Integer> columns) {
        return header.test(columns);
    }
}
