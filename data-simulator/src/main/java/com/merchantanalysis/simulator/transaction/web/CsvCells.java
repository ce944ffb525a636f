package com.merchantanalysis.simulator.transaction.web;

import java.util.regex.Pattern;

/**
 * Cells of a CSV export made safe for spreadsheets: text that a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, or a leading tab or carriage return) gets a leading
 * apostrophe, so it shows as the text it is. A plain number such as {@code -12.50} stays a number.
 */
final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private CsvCells() {
    }

    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formulaLike && !PLAIN_NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }
}
