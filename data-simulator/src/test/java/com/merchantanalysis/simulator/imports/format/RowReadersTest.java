package com.merchantanalysis.simulator.imports.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

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
                .isInstanceOf(BadFileException.class).hasMessageContaining("timestamp");
        assertThatThrownBy(() -> new OwnCsvReader(new StringReader("")))
                .isInstanceOf(BadFileException.class);
        assertThatThrownBy(() -> new WeChatPayBillReader(new StringReader("a,b\n1,2\n")))
                .isInstanceOf(BadFileException.class).hasMessageContaining("交易时间");
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
}
