package com.merchantanalysis.simulator.imports.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import org.apache.commons.csv.CSVRecord;

/** Cell clean-up shared by the payment-platform bill layouts. */
final class BillCells {

    /** Why a revoked, closed, failed or returned payment is skipped (a bundle key). */
    static final String NO_MONEY_MOVED = "skip.noMoneyMoved";
    /** Why a payment refunded in full (and its refund row) is skipped. */
    static final String REFUNDED_IN_FULL = "skip.refundedInFull";
    /** Why a top-up, withdrawal or transfer between the owner's own accounts is skipped. */
    static final String NEUTRAL = "skip.neutral";

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
    static Map<String, Integer> columns(Iterable<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        int i = 0;
        for (String cell : header) {
            columns.putIfAbsent(columnName(cell), i++);
        }
        return columns;
    }

    static boolean firstColumnIs(Map<String, Integer> columns, String name) {
        return Integer.valueOf(0).equals(columns.get(name));
    }

    static void requireColumns(Map<String, Integer> columns, List<String> required, long line, BillLayout layout) {
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new BadFileException(line, "header", Message.of("file.missingColumns", Arg.label(layout.label()),
                    Arg.list(missing)));
        }
    }

    /** The cleaned cell under the column, or "" when the row is too short or the column absent. */
    static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : clean(record.get(index));
    }

    /** An amount as personal bills write it ({@code ¥28.16}, {@code ￥1,200.00}), as a plain decimal. */
    static String plainAmount(String amount) {
        String text = amount.strip();
        while (!text.isEmpty() && (text.charAt(0) == '¥' || text.charAt(0) == '￥')) {
            text = text.substring(1).strip();
        }
        return text.replace(",", "");
    }

    /** A cell a bill leaves empty by writing "/" (personal bills do). */
    static String orEmpty(String cell) {
        return cell.equals("/") ? "" : cell;
    }

    /** A decimal cell without its sign, for layouts that sign amounts by column or by type. */
    static String unsigned(String amount) {
        return amount.startsWith("-") || amount.startsWith("+") ? amount.substring(1) : amount;
    }

    /**
     * The other side of a personal bill's row, kept only as a pseudonym; on an income row it is a person
     * paying the owner (a personal bill has no business payers).
     */
    static void putCounterparty(Map<String, String> fields, String counterparty, boolean income, String prefix) {
        if (counterparty.isEmpty()) {
            return;
        }
        if (income) {
            fields.put(ImportFields.COUNTERPARTY_TYPE, "PERSON");
        }
        fields.put(ImportFields.COUNTERPARTY_ID, Pseudonyms.hash(prefix, counterparty));
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
