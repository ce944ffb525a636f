package com.merchantanalysis.simulator.imports.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells which layout a file has from its first lines, for uploads that do not say: JSON lines by a
 * first line that is an object, our CSV by a first line naming our columns, a bill by a header row of
 * its own below a header block of any length.
 */
public final class LayoutSniffer {

    /** The bills, most specific first: a personal WeChat header also starts with 交易时间. */
    private static final List<BillLayout> BILLS = List.of(BillLayout.WECHAT_PERSONAL, BillLayout.WECHAT_TRADE,
            BillLayout.ALIPAY_PERSONAL, BillLayout.ALIPAY_MERCHANT);

    private LayoutSniffer() {
    }

    /** The layout the text starts like, if any; reads at most {@link HeaderBlock#MAX_LINES} lines. */
    public static Optional<BillLayout> sniff(Reader text) {
        try (BufferedReader lines = new BufferedReader(text)) {
            boolean first = true;
            for (int i = 0; i < HeaderBlock.MAX_LINES; i++) {
                String line = lines.readLine();
                if (line == null) {
                    return Optional.empty();
                }
                String content = OwnCsvReader.stripBom(line).strip();
                if (content.isEmpty()) {
                    continue;
                }
                if (first && content.startsWith("{")) {
                    return Optional.of(BillLayout.JSON_LINES);
                }
                Map<String, Integer> columns = HeaderBlock.columns(content);
                if (first && BillLayout.CSV.isHeader(columns)) {
                    return Optional.of(BillLayout.CSV);
                }
                first = false;
                for (BillLayout bill : BILLS) {
                    if (bill.isHeader(columns)) {
                        return Optional.of(bill);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
