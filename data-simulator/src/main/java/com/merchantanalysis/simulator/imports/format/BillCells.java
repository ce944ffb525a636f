package com.merchantanalysis.simulator.imports.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/** Cell clean-up shared by the payment-platform bill layouts. */
final class BillCells {

    private BillCells() {
    }

    /**
     * A cell as text: without the backtick WeChat Pay puts before every value, the tabs Alipay
     * appends, and surrounding blanks.
     */
    static String clean(String cell) {
        String text = OwnCsvReader.stripBom(cell).strip();
        if (text.startsWith("`")) {
            text = text.substring(1).strip();
        }
        return text;
    }

    /** A header name without its unit, e.g. {@code 订单金额（元）} → {@code 订单金额}. */
    static String columnName(String cell) {
        String name = clean(cell);
        int unit = indexOfAny(name, '（', '(');
        return unit < 0 ? name : name.substring(0, unit).strip();
    }

    /** Column name → position, for a header row. */
    static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(columnName(header.get(i)), i);
        }
        return columns;
    }

    static void requireColumns(Map<String, Integer> columns, List<String> required, long line, String layout) {
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new BadFileException(line, "header", "not a " + layout + " header: missing " + String.join(",",
                    missing));
        }
    }

    /** The cleaned cell under the column, or "" when the row is too short or the column absent. */
    static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : clean(record.get(index));
    }

    /** A decimal cell without its sign, for layouts that sign amounts by column or by type. */
    static String unsigned(String amount) {
        return amount.startsWith("-") || amount.startsWith("+") ? amount.substring(1) : amount;
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        if (first < 0) {
            return second;
        }
        return second < 0 ? first : Math.min(first, second);
    }
}
