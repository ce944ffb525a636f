package com.merchantanalysis.simulator.imports.domain;

import java.io.Reader;
import java.util.function.Function;

import com.merchantanalysis.simulator.imports.format.AlipayBillReader;
import com.merchantanalysis.simulator.imports.format.JsonLinesReader;
import com.merchantanalysis.simulator.imports.format.OwnCsvReader;
import com.merchantanalysis.simulator.imports.format.RowReader;
import com.merchantanalysis.simulator.imports.format.WeChatPayBillReader;

/** The file layouts the import understands. */
public enum ImportFormat {
    /** Our documented CSV columns. */
    CSV(OwnCsvReader::new),
    /** One JSON object per line, same fields as {@link #CSV}. */
    JSON_LINES(JsonLinesReader::new),
    /** WeChat Pay merchant trade bill (交易账单). */
    WECHAT(WeChatPayBillReader::new),
    /** Alipay merchant bill (业务明细 or 账务明细). */
    ALIPAY(AlipayBillReader::new);

    private final Function<Reader, RowReader> reader;

    ImportFormat(Function<Reader, RowReader> reader) {
        this.reader = reader;
    }

    RowReader open(Reader text) {
        return reader.apply(text);
    }
}
