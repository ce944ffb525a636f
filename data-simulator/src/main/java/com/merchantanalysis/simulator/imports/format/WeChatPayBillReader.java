package com.merchantanalysis.simulator.imports.format;

import static com.merchantanalysis.simulator.imports.format.BillCells.cell;

import java.io.BufferedReader;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.merchantanalysis.common.text.Message.Arg;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The WeChat Pay merchant trade bill (交易账单, type ALL) as the merchant platform and the
 * download-bill API give it: a header row (交易时间, 公众账号ID, 商户号, ..., 交易状态, ...), one row per
 * payment or refund with every value prefixed by a backtick, then a summary block starting with
 * 总交易单数, which is not data. Payments (SUCCESS) become sales keyed by 微信订单号; refunds (REFUND)
 * become refunds keyed by 微信退款单号. The refund row's 手续费 is negative: the fee WeChat returns.
 * Payments that moved no money (REVOKED, CLOSED, NOTPAY, PAYERROR, USERPAYING) are skipped.
 */
public final class WeChatPayBillReader implements RowReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    private static final List<String> REQUIRED = List.of("交易时间", "微信订单号", "交易状态", "手续费");
    /** States of a payment that never took money or gave it back at once. */
    private static final Set<String> NO_MONEY = Set.of("REVOKED", "CLOSED", "NOTPAY", "PAYERROR", "USERPAYING");

    private final CsvRecords records;
    private final Map<String, Integer> columns;
    private final String amountColumn;
    private boolean summaryReached;

    public WeChatPayBillReader(Reader reader) {
        BufferedReader text = new BufferedReader(reader);
        HeaderBlock.Header header = HeaderBlock.require(text, columns -> BillCells.firstColumnIs(columns, "交易时间"),
                "file.noHeader.wechatTrade", "交易时间");
        BillCells.requireColumns(header.columns(), REQUIRED, header.line(), BillLayout.WECHAT_TRADE);
        this.columns = header.columns();
        // 应结订单金额 (what the merchant is owed) in the current layout, 总金额 in the older one
        this.amountColumn = columns.containsKey("应结订单金额") ? "应结订单金额" : "总金额";
        BillCells.requireColumns(columns, List.of(amountColumn), header.line(), BillLayout.WECHAT_TRADE);
        this.records = new CsvRecords(text, FORMAT, header.line());
    }

    /** A header row of this layout: 交易时间 first, and the WeChat order number. */
    static boolean isHeader(Map<String, Integer> columns) {
        return BillCells.firstColumnIs(columns, "交易时间") && columns.containsKey("微信订单号");
    }

    @Override
    public SourceRow next() {
        if (summaryReached) {
            return null;
        }
        CSVRecord record = records.next();
        if (record == null) {
            return null;
        }
        if (BillCells.clean(record.get(0)).startsWith("总交易单数")) {
            summaryReached = true;
            return null;
        }
        long line = records.line();
        String currency = cell(record, columns, "货币种类");
        if (!currency.isEmpty() && !currency.equals("CNY")) {
            return SourceRow.rejected(line, "货币种类", "row.currency", SourceRow.cell(currency));
        }
        Map<String, String> fields = new HashMap<>();
        fields.put(ImportFields.TIMESTAMP, cell(record, columns, "交易时间"));
        fields.put(ImportFields.CHANNEL, "WECHAT_PAY");
        fields.put(ImportFields.FEE, cell(record, columns, "手续费"));
        fields.put(ImportFields.DESCRIPTION, cell(record, columns, "商品名称"));
        String payer = cell(record, columns, "用户标识");
        if (!payer.isEmpty()) {
            fields.put(ImportFields.COUNTERPARTY_TYPE, "PERSON");
            fields.put(ImportFields.COUNTERPARTY_ID, Pseudonyms.hash("wx-", payer));
        }
        String state = cell(record, columns, "交易状态");
        switch (state) {
            case "SUCCESS" -> {
                fields.put(ImportFields.EXTERNAL_ID, cell(record, columns, "微信订单号"));
                fields.put(ImportFields.AMOUNT, cell(record, columns, amountColumn));
                fields.put(ImportFields.DIRECTION, "IN");
                fields.put(ImportFields.KIND, "SALE");
            }
            case "REFUND" -> {
                String refundId = cell(record, columns, "微信退款单号");
                if (refundId.isEmpty()) {
                    return SourceRow.rejected(line, "微信退款单号", "row.refundIdRequired");
                }
                fields.put(ImportFields.EXTERNAL_ID, refundId);
                fields.put(ImportFields.AMOUNT, BillCells.unsigned(cell(record, columns, "退款金额")));
                fields.put(ImportFields.DIRECTION, "OUT");
                fields.put(ImportFields.KIND, "REFUND");
            }
            default -> {
                if (NO_MONEY.contains(state)) {
                    // the bill's state is a code: a reader is told the word for it
                    return SourceRow.skipped(line, "交易状态", Arg.label("wechat.state." + state),
                            BillCells.NO_MONEY_MOVED);
                }
                return SourceRow.rejected(line, "交易状态", "row.unknownWeChatState", SourceRow.cell(state));
            }
        }
        return SourceRow.of(line, fields);
    }

    @Override
    public void close() {
        records.close();
    }
}
