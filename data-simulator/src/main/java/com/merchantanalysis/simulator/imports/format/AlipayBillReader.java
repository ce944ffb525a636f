package com.merchantanalysis.simulator.imports.format;

import static com.merchantanalysis.simulator.imports.format.BillCells.cell;

import java.io.BufferedReader;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.text.Message.Arg;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Alipay merchant bills as downloaded from the merchant platform (对账单): {@code #} comment lines
 * before the table (account, period; any number of them) and after it (totals, export time), a header
 * row, and cells
 * padded with tabs. Two layouts, told apart by the header:
 * <ul>
 * <li>业务明细 / 交易明细 (支付宝交易号, 业务类型 交易|退款, 订单金额, 服务费, ...): one row per trade or
 * refund, the service fee on the row; a refund shares the trade's 支付宝交易号, so its id adds the
 * refund batch number;</li>
 * <li>账务明细 (账务流水号, 收入金额, 支出金额, 业务类型, ...): the account's movements, where the fee
 * is a row of its own (收费).</li>
 * </ul>
 */
public final class AlipayBillReader implements RowReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#')
            .setIgnoreEmptyLines(true).get();
    private static final List<String> TRADE_COLUMNS = List.of("支付宝交易号", "业务类型", "完成时间", "订单金额",
            "服务费");
    private static final List<String> ACCOUNT_COLUMNS = List.of("账务流水号", "发生时间", "收入金额", "支出金额",
            "业务类型");

    private final CsvRecords records;
    private final Map<String, Integer> columns;
    private final boolean accountLayout;

    public AlipayBillReader(Reader reader) {
        BufferedReader text = new BufferedReader(reader);
        HeaderBlock.Header header = HeaderBlock.require(text, AlipayBillReader::isHeader,
                "file.noHeader.alipayMerchant", "支付宝交易号", "账务流水号");
        this.columns = header.columns();
        this.accountLayout = columns.containsKey("账务流水号");
        BillCells.requireColumns(columns, accountLayout ? ACCOUNT_COLUMNS : TRADE_COLUMNS, header.line(),
                BillLayout.ALIPAY_MERCHANT);
        this.records = new CsvRecords(text, FORMAT, header.line());
    }

    /** A header row of either merchant layout. */
    static boolean isHeader(Map<String, Integer> columns) {
        return columns.containsKey("支付宝交易号") || columns.containsKey("账务流水号");
    }

    @Override
    public SourceRow next() {
        CSVRecord record = records.next();
        if (record == null) {
            return null;
        }
        long line = records.line();
        return accountLayout ? accountRow(record, line) : tradeRow(record, line);
    }

    private SourceRow tradeRow(CSVRecord record, long line) {
        Map<String, String> fields = common(record, "商品名称", "对方账户");
        String tradeNo = cell(record, columns, "支付宝交易号");
        String completed = cell(record, columns, "完成时间");
        fields.put(ImportFields.TIMESTAMP, completed.isEmpty() ? cell(record, columns, "创建时间") : completed);
        fields.put(ImportFields.AMOUNT, BillCells.unsigned(cell(record, columns, "订单金额")));
        String fee = BillCells.unsigned(cell(record, columns, "服务费"));
        String type = cell(record, columns, "业务类型");
        switch (type) {
            case "交易" -> {
                fields.put(ImportFields.EXTERNAL_ID, tradeNo);
                fields.put(ImportFields.DIRECTION, "IN");
                fields.put(ImportFields.KIND, "SALE");
                fields.put(ImportFields.FEE, fee);
            }
            case "退款" -> {
                String batch = cell(record, columns, "退款批次号/请求号");
                fields.put(ImportFields.EXTERNAL_ID, batch.isEmpty() ? tradeNo + ":refund" : tradeNo + ":" + batch);
                fields.put(ImportFields.DIRECTION, "OUT");
                fields.put(ImportFields.KIND, "REFUND");
                // the service fee of a refunded trade is returned to the merchant
                fields.put(ImportFields.FEE, fee.isEmpty() || isZero(fee) ? fee : "-" + fee);
            }
            default -> {
                return SourceRow.rejected(line, "业务类型", "row.alipayType", SourceRow.cell(type),
                        Arg.list(List.of("交易", "退款")));
            }
        }
        return SourceRow.of(line, fields);
    }

    private SourceRow accountRow(CSVRecord record, long line) {
        Map<String, String> fields = common(record, "商品名称", "对方账号");
        fields.put(ImportFields.EXTERNAL_ID, cell(record, columns, "账务流水号"));
        fields.put(ImportFields.TIMESTAMP, cell(record, columns, "发生时间"));
        String income = BillCells.unsigned(cell(record, columns, "收入金额"));
        String expense = BillCells.unsigned(cell(record, columns, "支出金额"));
        boolean in = !income.isEmpty() && !isZero(income);
        boolean out = !expense.isEmpty() && !isZero(expense);
        if (in == out) {
            return SourceRow.rejected(line, "收入金额", in ? "row.bothInAndOut" : "row.neitherInNorOut",
                    Arg.text("收入金额"), Arg.text("支出金额"));
        }
        if (!in) {
            // the other side of an expense is Alipay itself or the merchant's own bank: no payer to record
            fields.remove(ImportFields.COUNTERPARTY_TYPE);
            fields.remove(ImportFields.COUNTERPARTY_ID);
        }
        fields.put(ImportFields.AMOUNT, in ? income : expense);
        fields.put(ImportFields.DIRECTION, in ? "IN" : "OUT");
        String type = cell(record, columns, "业务类型");
        fields.put(ImportFields.KIND, accountKind(type, in));
        if (fields.get(ImportFields.DESCRIPTION).isEmpty()) {
            fields.put(ImportFields.DESCRIPTION, cell(record, columns, "备注"));
        }
        return SourceRow.of(line, fields);
    }

    /** The 业务类型 values of the account statement, mapped to our kinds by what the money was for. */
    private static String accountKind(String type, boolean income) {
        return switch (type) {
            case "在线支付", "交易", "交易付款", "收款" -> income ? "SALE" : "OTHER";
            case "交易退款", "退款" -> income ? "OTHER" : "REFUND";
            case "收费", "服务费", "交易服务费" -> income ? "OTHER" : "PAYMENT_FEE";
            case "提现", "转账", "充值" -> "TRANSFER";
            default -> "OTHER";
        };
    }

    private Map<String, String> common(CSVRecord record, String descriptionColumn, String counterpartyColumn) {
        Map<String, String> fields = new HashMap<>();
        fields.put(ImportFields.CHANNEL, "ALIPAY");
        fields.put(ImportFields.DESCRIPTION, cell(record, columns, descriptionColumn));
        String payer = cell(record, columns, counterpartyColumn);
        if (!payer.isEmpty()) {
            fields.put(ImportFields.COUNTERPARTY_TYPE, "PERSON");
            fields.put(ImportFields.COUNTERPARTY_ID, Pseudonyms.hash("alipay-", payer));
        }
        return fields;
    }

    private static boolean isZero(String amount) {
        return amount.chars().allMatch(c -> c == '0' || c == '.');
    }

    @Override
    public void close() {
        records.close();
    }
}
