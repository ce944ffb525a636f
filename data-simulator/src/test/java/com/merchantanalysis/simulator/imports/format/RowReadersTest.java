package com.merchantanalysis.simulator.imports.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import org.junit.jupiter.api.Test;

class RowReadersTest {

    private static List<SourceRow> all(RowReader reader) {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceRow row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        reader.close();
        return rows;
    }

    @Test
    void alipayRowsKeepTheirLineNumbersAfterTheCommentBlock() {
        String bill = """
                #支付宝业务明细查询
                #账号：[20881234567890120156]

                支付宝交易号,业务类型,完成时间,订单金额（元）,服务费（元）
                2025030122001,交易\t,2025-03-01 08:15:05\t,35.50\t,-0.21\t
                2025030122002,转账\t,2025-03-01 09:15:05\t,5.00\t,0.00\t
                #交易合计：1笔
                """;

        List<SourceRow> rows = all(new AlipayBillReader(new StringReader(bill)));

        assertThat(rows).extracting(SourceRow::line).containsExactly(5L, 6L);
        assertThat(rows.get(0).fields()).containsEntry("amount", "35.50").containsEntry("fee", "0.21")
                .containsEntry("externalId", "2025030122001");
        assertThat(rows.get(1).errors()).extracting(RowError::field).containsExactly("业务类型");
    }

    @Test
    void ourCsvCountsLinesInsideQuotedCells() {
        String csv = "externalId,timestamp,amount,direction,kind,description\n"
                + "A,2025-03-01T10:00:00,1.00,IN,SALE,\"two\nlines\"\n"
                + "B,2025-03-01T10:00:00,1.00,IN,SALE,one\n";

        assertThat(all(new OwnCsvReader(new StringReader(csv)))).extracting(SourceRow::line).containsExactly(2L, 4L);
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsABadFile() {
        assertThatThrownBy(() -> new OwnCsvReader(new StringReader("externalId,amount\nA,1\n")))
                .isInstanceOfSatisfying(BadFileException.class, e -> assertThat(e.problem()).isEqualTo(Message.of(
                        "file.requiredColumnsMissing", Arg.list(List.of("timestamp", "direction", "kind")))));
        assertThatThrownBy(() -> new OwnCsvReader(new StringReader("")))
                .isInstanceOf(BadFileException.class);
        assertThatThrownBy(() -> new WeChatPayBillReader(new StringReader("a,b\n1,2\n")))
                .isInstanceOfSatisfying(BadFileException.class, e -> assertThat(e.problem().args())
                        .contains(Arg.text("交易时间")));
    }

    @Test
    void anUnterminatedQuoteIsABadFileFromThatLineOn() {
        String csv = "externalId,timestamp,amount,direction,kind\n"
                + "A,2025-03-01T10:00:00,1.00,IN,SALE\n"
                + "\"B,2025-03-01T10:00:00,1.00,IN,SALE\n";
        OwnCsvReader reader = new OwnCsvReader(new StringReader(csv));

        assertThat(reader.next().line()).isEqualTo(2);
        assertThatThrownBy(reader::next).isInstanceOf(BadFileException.class)
                .satisfies(e -> assertThat(((BadFileException) e).line()).isEqualTo(3));
    }

    @Test
    void aPersonalWeChatBillIsReadBelowAHeaderBlockOfAnyLength() {
        StringBuilder bill = new StringBuilder("微信支付账单明细,,,,,,,,,,\n");
        for (int i = 2; i <= 30; i++) {
            bill.append(i % 3 == 0 ? ",,,,,,,,,,\n" : "注：第" + i + "行说明,,,,,,,,,,\n");
        }
        bill.append("交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注\n")
                .append("2025-03-01 12:03:11,二维码收款,张**,收款方备注:二维码收款,收入,\"¥1,058.00\",/,已收钱,1001\t,/\t,/\n")
                .append("2025-03-01 12:05:00,扫二维码付款,菜场王姐,/,支出,￥32.50,零钱,已转账,1002\t,/\t,/\n")
                .append("2025-03-01 12:06:00,零钱充值,招商银行(1234),/,/,¥100.00,招商银行(1234),充值完成,1003\t,/\t,/\n");

        List<SourceRow> rows = all(new WeChatPersonalBillReader(new StringReader(bill.toString())));

        assertThat(rows).extracting(SourceRow::line).containsExactly(32L, 33L, 34L);
        assertThat(rows.get(0).fields()).containsEntry("amount", "1058.00").containsEntry("kind", "SALE")
                .containsEntry("direction", "IN").containsEntry("externalId", "1001")
                .containsEntry("personalCollectionCode", "true").containsEntry("description", "二维码收款");
        assertThat(rows.get(1).fields()).containsEntry("amount", "32.50").containsEntry("kind", "OTHER")
                .containsEntry("direction", "OUT").doesNotContainKey("personalCollectionCode");
        assertThat(rows.get(2).isSkipped()).isTrue();
        assertThat(rows.get(2).skipReason()).isEqualTo(Message.of("skip.neutral", Arg.text("收/支"), Arg.text("/")));
    }

    @Test
    void theOlderAlipayPersonalLayoutKeepsWhatWasNotRefundedAndStopsAtItsFooter() {
        String bill = """
                支付宝交易记录明细查询
                账号:[shop@example.com]
                起始日期:[2021-05-01 00:00:00]    终止日期:[2021-05-31 23:59:59]
                ---------------------------------交易记录明细列表------------------------------------
                交易号                  ,商家订单号               ,交易创建时间              ,付款时间                ,最近修改时间              ,交易来源地     ,类型              ,交易对方            ,商品名称                ,金额（元）   ,收/支     ,交易状态    ,服务费（元）   ,成功退款（元）  ,备注                  ,资金状态     ,
                2021051022001\t,\t,2021-05-10 11:00:00 ,2021-05-10 11:00:05 ,2021-05-10 11:00:05 ,其他（包括阿里巴巴和外部商家）,即时到账交易 ,孙**         ,收钱码收款  ,40.00  ,收入 ,交易成功 ,0.24 ,0.00 , ,已收入 ,
                2021051122002\t,T1\t,2021-05-11 09:00:00 ,2021-05-11 09:00:03 ,2021-05-12 10:00:00 ,淘宝 ,即时到账交易 ,某某旗舰店 ,围裙 x2 ,60.00 ,支出 ,交易成功 ,0.00 ,20.00 , ,已支出 ,
                2021051222003\t,T2\t,2021-05-12 09:00:00 ,2021-05-12 09:00:03 ,2021-05-13 10:00:00 ,淘宝 ,即时到账交易 ,某某旗舰店 ,砧板 ,25.00 ,支出 ,交易关闭 ,0.00 ,25.00 , ,已支出 ,
                ------------------------------------------------------------------------------------
                共3笔记录
                已收入:1笔,40.00元
                """;

        List<SourceRow> rows = all(new AlipayPersonalBillReader(new StringReader(bill)));

        assertThat(rows).extracting(SourceRow::line).containsExactly(6L, 7L, 8L);
        assertThat(rows.get(0).fields()).containsEntry("kind", "SALE").containsEntry("fee", "0.24")
                .containsEntry("timestamp", "2021-05-10 11:00:05").containsEntry("externalId", "2021051022001");
        // 60.00 paid, 20.00 of it refunded: 40.00 left the account
        assertThat(rows.get(1).fields()).containsEntry("amount", "40.00").containsEntry("direction", "OUT");
        assertThat(rows.get(2).skipReason())
                .isEqualTo(Message.of("skip.noMoneyMoved", Arg.text("交易状态"), Arg.text("交易关闭")));
    }

    @Test
    void theLayoutIsRecognisedFromTheFirstLines() {
        assertThat(LayoutSniffer.sniff(new StringReader("externalId,timestamp,amount,direction,kind\n")))
                .contains(BillLayout.CSV);
        assertThat(LayoutSniffer.sniff(new StringReader("\n{\"externalId\": \"J-1\"}\n"))).contains(BillLayout.JSON_LINES);
        assertThat(LayoutSniffer.sniff(new StringReader("交易时间,公众账号ID,商户号,微信订单号,交易状态\n")))
                .contains(BillLayout.WECHAT_TRADE);
        assertThat(LayoutSniffer.sniff(new StringReader("微信支付账单明细,,\n\"未闭合的引号,,\n"
                + "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注\n")))
                .contains(BillLayout.WECHAT_PERSONAL);
        assertThat(LayoutSniffer.sniff(new StringReader("#支付宝业务明细查询\n支付宝交易号,业务类型,完成时间\n")))
                .contains(BillLayout.ALIPAY_MERCHANT);
        assertThat(LayoutSniffer.sniff(new StringReader("导出信息：\n\n交易时间 ,交易分类 ,交易对方 ,收/支 ,金额 ,交易状态 ,"
                + "交易订单号 ,\n"))).contains(BillLayout.ALIPAY_PERSONAL);
        assertThat(LayoutSniffer.sniff(new StringReader("日期,金额\n2025-03-01,1.00\n"))).isEmpty();
    }
}
