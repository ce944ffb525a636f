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
 * The personal WeChat Pay bill (微信支付账单明细) that the WeChat app exports, which is what most small
 * shops taking payments on the owner's QR code have: a header block (nickname, period, totals, notes;
 * its length varies), then 交易时间, 交易类型, 交易对方, 商品, 收/支, 金额(元), 支付方式, 当前状态, 交易单号,
 * 商户单号, 备注, with amounts like {@code ¥28.16} and ids followed by a tab.
 * <ul>
 * <li>收入 (income) paid into the owner's code (二维码收款, 赞赏码, 群收款, 收款) is a sale through a
 * personal collection code, with no fee; other income (red packets, transfers, refunds received) is
 * OTHER;</li>
 * <li>支出 (expense) is OTHER: the bill does not say whether it was stock, rent or private;</li>
 * <li>skipped: neutral rows (收/支 "/": top-ups, withdrawals, 零钱通, card repayments), rows revoked,
 * closed, failed or returned, and payments refunded in full (已全额退款 stands on the payment and on
 * its refund row, which then cancel out).</li>
 * </ul>
 * Counterparties are persons: only a hash of their name is kept.
 */
public final class WeChatPersonalBillReader implements RowReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    private static final List<String> REQUIRED = List.of("交易时间", "交易类型", "交易对方", "收/支", "金额", "当前状态",
            "交易单号");
    private static final Set<String> OWN_CODE_TYPES = Set.of("二维码收款", "赞赏码", "群收款", "收款", "经营收款");
    private static final Set<String> NO_MONEY = Set.of("已撤销", "已关闭", "支付失败", "已退还", "对方已退还",
            "朋友已退还", "已过期", "已拒收");
    private static final String REFUNDED_IN_FULL = "已全额退款";

    private final CsvRecords records;
    private final Map<String, Integer> columns;

    public WeChatPersonalBillReader(Reader reader) {
        BufferedReader text = new BufferedReader(reader);
        HeaderBlock.Header header = HeaderBlock.require(text, columns -> BillCells.firstColumnIs(columns, "交易时间"),
                "file.noHeader.wechatPersonal", "交易时间");
        BillCells.requireColumns(header.columns(), REQUIRED, header.line(), BillLayout.WECHAT_PERSONAL);
        this.columns = header.columns();
        this.records = new CsvRecords(text, FORMAT, header.line());
    }

    /** A header row of this layout: 交易时间 first, then the personal bill's own columns. */
    static boolean isHeader(Map<String, Integer> columns) {
        return BillCells.firstColumnIs(columns, "交易时间") && columns.containsKey("收/支")
                && columns.containsKey("当前状态") && columns.containsKey("交易单号");
    }

    @Override
    public SourceRow next() {
        CSVRecord record = records.next();
        if (record == null) {
            return null;
        }
        long line = records.line();
        String state = cell(record, columns, "当前状态");
        String inOut = cell(record, columns, "收/支");
        if (NO_MONEY.contains(state)) {
            return SourceRow.skipped(line, "当前状态", SourceRow.cell(state), BillCells.NO_MONEY_MOVED);
        }
        if (state.equals(REFUNDED_IN_FULL)) {
            return SourceRow.skipped(line, "当前状态", SourceRow.cell(state), BillCells.REFUNDED_IN_FULL);
        }
        if (inOut.isEmpty() || inOut.equals("/")) {
            return SourceRow.skipped(line, "收/支", SourceRow.cell("/"), BillCells.NEUTRAL);
        }
        boolean income = inOut.equals("收入");
        if (!income && !inOut.equals("支出")) {
            return SourceRow.rejected(line, "收/支", "row.inOut", SourceRow.cell(inOut),
                    Arg.list(List.of("收入", "支出", "/")));
        }
        String type = cell(record, columns, "交易类型");
        String goods = BillCells.orEmpty(cell(record, columns, "商品"));
        boolean ownCode = income && OWN_CODE_TYPES.contains(type);
        Map<String, String> fields = new HashMap<>();
        fields.put(ImportFields.EXTERNAL_ID, cell(record, columns, "交易单号"));
        fields.put(ImportFields.TIMESTAMP, cell(record, columns, "交易时间"));
        fields.put(ImportFields.AMOUNT, BillCells.plainAmount(cell(record, columns, "金额")));
        fields.put(ImportFields.DIRECTION, income ? "IN" : "OUT");
        fields.put(ImportFields.KIND, ownCode ? "SALE" : "OTHER");
        fields.put(ImportFields.CHANNEL, "WECHAT_PAY");
        fields.put(ImportFields.DESCRIPTION, goods.isEmpty() || ownCode && goods.startsWith("收款方备注") ? type : goods);
        if (ownCode) {
            fields.put(ImportFields.PERSONAL_COLLECTION_CODE, "true");
        }
        BillCells.putCounterparty(fields, BillCells.orEmpty(cell(record, columns, "交易对方")), income, "wx-");
        return SourceRow.of(line, fields);
    }

    @Override
    public void close() {
        records.close();
    }
}
