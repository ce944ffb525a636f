package com.merchantanalysis.simulator.imports.format;

import static com.merchantanalysis.simulator.imports.format.BillCells.cell;

import java.io.BufferedReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.merchantanalysis.common.text.Message.Arg;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The personal Alipay bill (支付宝交易明细), usually GBK, in both layouts the Alipay app and website
 * have exported:
 * <ul>
 * <li>current: a header block (导出信息, totals, 特别提示 and its numbered notes), then 交易时间, 交易分类,
 * 交易对方, 对方账号, 商品说明, 收/支, 金额, 收/付款方式, 交易状态, 交易订单号, 商家订单号, 备注;</li>
 * <li>older: a title block, then 交易号, 商家订单号, 交易创建时间, 付款时间, ..., 类型, 交易对方, 商品名称,
 * 金额（元）, 收/支, 交易状态, 服务费（元）, 成功退款（元）, 备注, 资金状态, and a footer after a dashed
 * line.</li>
 * </ul>
 * Cells are padded with blanks and tabs. 收入 paid into the owner's collection code (收钱码) is a sale
 * through a personal code; other income and every 支出 are OTHER. Skipped: 不计收支 (neutral) rows,
 * closed or unpaid trades, and trades refunded in full; a partly refunded trade counts what was kept.
 */
public final class AlipayPersonalBillReader implements RowReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    private static final Set<String> NO_MONEY = Set.of("交易关闭", "已关闭", "支付失败", "已撤销", "等待付款",
            "等待对方付款", "已退回");
    private static final Pattern OWN_CODE = Pattern.compile("收钱码|收款码|二维码收款|当面付");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");

    private final CsvRecords records;
    private final Map<String, Integer> columns;
    private final String idColumn;
    private final String categoryColumn;
    private final String goodsColumn;

    public AlipayPersonalBillReader(Reader reader) {
        BufferedReader text = new BufferedReader(reader);
        HeaderBlock.Header header = HeaderBlock.require(text, AlipayPersonalBillReader::isHeader,
                "file.noHeader.alipayPersonal", "收/支", "交易订单号", "交易号");
        this.columns = header.columns();
        this.idColumn = columns.containsKey("交易订单号") ? "交易订单号" : "交易号";
        this.categoryColumn = columns.containsKey("交易分类") ? "交易分类" : "类型";
        this.goodsColumn = columns.containsKey("商品说明") ? "商品说明" : "商品名称";
        BillCells.requireColumns(columns, List.of("金额", "交易状态", "交易对方"), header.line(),
                BillLayout.ALIPAY_PERSONAL);
        if (!columns.containsKey("交易时间") && !columns.containsKey("交易创建时间")) {
            BillCells.requireColumns(columns, List.of("交易时间"), header.line(), BillLayout.ALIPAY_PERSONAL);
        }
        this.records = new CsvRecords(text, FORMAT, header.line());
    }

    /** A header row of either layout. */
    static boolean isHeader(Map<String, Integer> columns) {
        return columns.containsKey("收/支") && (columns.containsKey("交易订单号")
                || columns.containsKey("交易号") && columns.containsKey("交易创建时间"));
    }

    @Override
    public SourceRow next() {
        CSVRecord record = records.next();
        if (record == null || BillCells.clean(record.get(0)).startsWith("---")) {
            // the older layout's dashed line opens its footer (counts and totals), which is not data
            return null;
        }
        long line = records.line();
        String state = cell(record, columns, "交易状态");
        if (NO_MONEY.contains(state)) {
            return SourceRow.skipped(line, "交易状态", SourceRow.cell(state), BillCells.NO_MONEY_MOVED);
        }
        String inOut = cell(record, columns, "收/支");
        if (inOut.isEmpty() || inOut.equals("不计收支") || inOut.equals("/")) {
            return SourceRow.skipped(line, "收/支", inOut.isEmpty() ? Arg.label("skip.empty") : SourceRow.cell(inOut),
                    BillCells.NEUTRAL);
        }
        boolean income = inOut.equals("收入");
        if (!income && !inOut.equals("支出")) {
            return SourceRow.rejected(line, "收/支", "row.inOut", SourceRow.cell(inOut),
                    Arg.list(List.of("收入", "支出", "不计收支")));
        }
        String amount = BillCells.unsigned(BillCells.plainAmount(cell(record, columns, "金额")));
        String refunded = BillCells.plainAmount(cell(record, columns, "成功退款"));
        if (isPositive(refunded) && DECIMAL.matcher(amount).matches()) {
            BigDecimal kept = new BigDecimal(amount).subtract(new BigDecimal(refunded));
            if (kept.signum() <= 0) {
                return SourceRow.skipped(line, "成功退款", SourceRow.cell(refunded), BillCells.REFUNDED_IN_FULL);
            }
            amount = kept.toPlainString();
        }
        String goods = BillCells.orEmpty(cell(record, columns, goodsColumn));
        String category = BillCells.orEmpty(cell(record, columns, categoryColumn));
        boolean ownCode = income && (OWN_CODE.matcher(goods).find() || OWN_CODE.matcher(category).find());
        Map<String, String> fields = new HashMap<>();
        fields.put(ImportFields.EXTERNAL_ID, cell(record, columns, idColumn));
        fields.put(ImportFields.TIMESTAMP, timestamp(record));
        fields.put(ImportFields.AMOUNT, amount);
        fields.put(ImportFields.DIRECTION, income ? "IN" : "OUT");
        fields.put(ImportFields.KIND, ownCode ? "SALE" : "OTHER");
        fields.put(ImportFields.CHANNEL, "ALIPAY");
        fields.put(ImportFields.DESCRIPTION, goods.isEmpty() ? category : goods);
        String fee = BillCells.unsigned(BillCells.plainAmount(cell(record, columns, "服务费")));
        if (income && isPositive(fee)) {
            fields.put(ImportFields.FEE, fee);
        }
        if (ownCode) {
            fields.put(ImportFields.PERSONAL_COLLECTION_CODE, "true");
        }
        BillCells.putCounterparty(fields, BillCells.orEmpty(cell(record, columns, "交易对方")), income, "alipay-");
        return SourceRow.of(line, fields);
    }

    /** When the money moved: 交易时间, or in the older layout 付款时间 (empty until paid), else 交易创建时间. */
    private String timestamp(CSVRecord record) {
        String time = cell(record, columns, "交易时间");
        if (time.isEmpty()) {
            time = cell(record, columns, "付款时间");
        }
        return time.isEmpty() ? cell(record, columns, "交易创建时间") : time;
    }

    private static boolean isPositive(String amount) {
        return DECIMAL.matcher(amount).matches() && new BigDecimal(amount).signum() > 0;
    }

    @Override
    public void close() {
        records.close();
    }
}
