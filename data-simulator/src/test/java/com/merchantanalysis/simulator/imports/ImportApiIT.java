package com.merchantanalysis.simulator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.data.TransactionSource;
import com.merchantanalysis.common.testsupport.ServiceApiTest;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.simulator.store.StoreTestData;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code transactions:import} over real HTTP, against the embedded MongoDB wire-protocol server. */
class ImportApiIT extends ServiceApiTest {

    private MerchantDocument merchant;

    private String importPath(String id, String format) {
        String path = "/api/v1/simulator/merchants/" + id + "/transactions:import";
        return format == null ? path : path + "?format=" + format;
    }

    private TestHttp.Response upload(String path, String token, String contentType, byte[] body) {
        return http.send(http.request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private TestHttp.Response importCsv(MerchantDocument target, String format, byte[] body) {
        return upload(importPath(target.id(), format), TestTokens.admin(), "text/csv", body);
    }

    static byte[] resource(String name) {
        try (InputStream in = ImportApiIT.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, TransactionDocument> stored(MerchantDocument target) {
        return StoreTestData.transactions(mongo, target).stream().collect(Collectors.toMap(TransactionDocument::externalId, Function.identity()));
    }

    private long dataVersion(MerchantDocument target) {
        return mongo.findById(target.id(), MerchantDocument.class).dataVersion();
    }

    @Test
    void csvImportStoresTheValidRowsAndRejectsTheOthersWithTheirLines() {
        merchant = StoreTestData.merchant(mongo);

        var response = importCsv(merchant, null, resource("own-mixed.csv"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("stored").asInt()).isEqualTo(4);
        assertThat(body.get("duplicates").asInt()).isZero();
        assertThat(body.get("rejected").asInt()).isEqualTo(4);
        assertThat(body.get("errors").findValuesAsString("field"))
                .containsExactly("amount", "timestamp", "direction", "amount", "line");
        assertThat(body.get("errors").findValues("line").stream().map(JsonNode::asInt).toList())
                .containsExactly(5, 6, 6, 7, 10);

        Map<String, TransactionDocument> rows = stored(merchant);
        assertThat(rows.keySet()).containsExactlyInAnyOrder("A-1", "A-2", "A-3", "A-7");
        TransactionDocument sale = rows.get("A-1");
        assertThat(sale.amount()).isEqualByComparingTo("100.00");
        assertThat(sale.source()).isEqualTo(TransactionSource.IMPORTED);
        assertThat(sale.fee()).isEqualByComparingTo("0.60");
        // WeChat Pay settles T+1 under this merchant's contract
        assertThat(sale.settlementDate()).hasToString("2025-03-02");
        // a full card number is never stored
        assertThat(sale.counterparty().id()).doesNotContain("6222021234567890123").startsWith("acct-");
        // text that looks like a formula is kept as the text it is
        assertThat(sale.description()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(rows.get("A-2").amount()).isEqualByComparingTo("250.50");
        assertThat(rows.get("A-2").direction()).isEqualTo(Direction.IN);
        assertThat(rows.get("A-7").description()).isEqualTo("@SUM(A1:A2)\nsecond line of the note");
        assertThat(dataVersion(merchant)).isEqualTo(1);
        assertThat(StoreTestData.summaries(mongo, merchant.id())).isEqualTo(StoreTestData.recompute(mongo, merchant));
    }

    @Test
    void importingTheSameFileAgainStoresNothingNew() {
        merchant = StoreTestData.merchant(mongo);
        importCsv(merchant, null, resource("own-mixed.csv"));
        var summaries = StoreTestData.summaries(mongo, merchant.id());

        var again = importCsv(merchant, null, resource("own-mixed.csv")).json();

        assertThat(again.get("stored").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(4);
        assertThat(again.get("rejected").asInt()).isEqualTo(4);
        assertThat(StoreTestData.summaries(mongo, merchant.id())).isEqualTo(summaries);
        assertThat(stored(merchant)).hasSize(4);
        assertThat(dataVersion(merchant)).isEqualTo(1);
    }

    @Test
    void jsonLinesImportLikeCsv() {
        merchant = StoreTestData.merchant(mongo);
        String lines = """
                {"externalId": "J-1", "timestamp": "2025-04-01T11:00:00+08:00", "amount": 58.00, "direction": "IN", "kind": "SALE", "channel": "CASH"}

                {"externalId": "J-2", "timestamp": "2025-04-01T11:05:00", "amount": "12.5", "direction": "OUT", "kind": "COGS", "description": "+86 supplier"}
                {"externalId": "J-3", "timestamp": "2025-04-01T11:06:00", "amount": 1.234, "direction": "OUT", "kind": "COGS"}
                not json at all
                {"externalId": "J-4", "timestamp": "2025-04-01T11:07:00", "amount": 3, "direction": "IN", "kind": "SALE", "colour": "red"}
                """;

        var response = upload(importPath(merchant.id(), null), TestTokens.admin(), "application/x-ndjson",
                lines.getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("stored").asInt()).isEqualTo(2);
        assertThat(response.json().get("rejected").asInt()).isEqualTo(3);
        assertThat(response.json().get("errors").findValues("line").stream().map(JsonNode::asInt).toList())
                .containsExactly(4, 5, 6);
        assertThat(stored(merchant).get("J-2").amount()).isEqualByComparingTo("12.50");
    }

    @Test
    void weChatPayTradeBillImportsPaymentsAndRefunds() {
        merchant = StoreTestData.merchant(mongo);

        var response = importCsv(merchant, "wechat", resource("wechat-trade-bill.csv"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("stored").asInt()).isEqualTo(3);
        // the revoked payment moved no money; the summary rows at the end are not data
        assertThat(response.json().get("rejected").asInt()).isEqualTo(1);
        assertThat(response.json().get("errors").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("交易状态");
        Map<String, TransactionDocument> rows = stored(merchant);
        TransactionDocument sale = rows.get("4200002025030198765432101");
        assertThat(sale.kind()).isEqualTo(TransactionKind.SALE);
        assertThat(sale.channel()).isEqualTo(PaymentChannel.WECHAT_PAY);
        assertThat(sale.amount()).isEqualByComparingTo("512.40");
        assertThat(sale.fee()).isEqualByComparingTo("3.07");
        assertThat(sale.timestamp()).hasToString("2025-03-01T11:42:57Z");
        assertThat(sale.description()).isEqualTo("毛肚拼盘");
        assertThat(sale.counterparty().id()).startsWith("wx-").doesNotContain("oUpF8u");
        TransactionDocument refund = rows.get("50000000012025030212345678901");
        assertThat(refund.kind()).isEqualTo(TransactionKind.REFUND);
        assertThat(refund.direction()).isEqualTo(Direction.OUT);
        assertThat(refund.amount()).isEqualByComparingTo("68.00");
        assertThat(refund.fee()).isEqualByComparingTo("-0.41");
        assertThat(StoreTestData.summaries(mongo, merchant.id())).isEqualTo(StoreTestData.recompute(mongo, merchant));
        // settled on 03-02: 268.00 - 1.61 + 512.40 - 3.07; the refund (-68.00 + 0.41) on 03-03
        var settled = StoreTestData.summaries(mongo, merchant.id()).stream()
                .collect(Collectors.toMap(d -> d.date().toString(), d -> d.settledByChannel()));
        assertThat(settled.get("2025-03-02").get(PaymentChannel.WECHAT_PAY)).isEqualByComparingTo("775.72");
        assertThat(settled.get("2025-03-03").get(PaymentChannel.WECHAT_PAY)).isEqualByComparingTo("-67.59");
    }

    @Test
    void alipayTradeDetailInGbkImportsWithItsCommentLinesSkipped() {
        merchant = StoreTestData.merchant(mongo);

        var response = importCsv(merchant, "alipay", resource("alipay-trade-detail.csv"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("stored").asInt()).isEqualTo(3);
        assertThat(response.json().get("rejected").asInt()).isZero();
        Map<String, TransactionDocument> rows = stored(merchant);
        TransactionDocument sale = rows.get("2025030122001412345678901234");
        assertThat(sale.description()).isEqualTo("便利店商品");
        assertThat(sale.amount()).isEqualByComparingTo("35.50");
        assertThat(sale.fee()).isEqualByComparingTo("0.21");
        assertThat(sale.channel()).isEqualTo(PaymentChannel.ALIPAY);
        TransactionDocument refund = rows.get("2025030122001412345678901234:RF2025030100001");
        assertThat(refund.kind()).isEqualTo(TransactionKind.REFUND);
        assertThat(refund.amount()).isEqualByComparingTo("35.50");
        assertThat(refund.fee()).isEqualByComparingTo("-0.21");
        assertThat(rows.get("2025030122001412345678909876").description()).isEqualTo("矿泉水 x2");
    }

    @Test
    void alipayAccountStatementKeepsFeesAndWithdrawalsAsTheirOwnRows() {
        merchant = StoreTestData.merchant(mongo);

        var response = importCsv(merchant, "alipay", resource("alipay-account-detail.csv"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("stored").asInt()).isEqualTo(3);
        Map<String, TransactionDocument> rows = stored(merchant);
        assertThat(rows.get("20250301110070001500123456789").kind()).isEqualTo(TransactionKind.SALE);
        TransactionDocument fee = rows.get("20250301110070001500123456790");
        assertThat(fee.kind()).isEqualTo(TransactionKind.PAYMENT_FEE);
        assertThat(fee.direction()).isEqualTo(Direction.OUT);
        assertThat(fee.amount()).isEqualByComparingTo("0.12");
        assertThat(rows.get("20250302110070001500123456791").kind()).isEqualTo(TransactionKind.TRANSFER);
    }

    @Test
    void filesThatCannotBeImportedAreRefusedAndStoreNothing() {
        merchant = StoreTestData.merchant(mongo);
        byte[] good = resource("own-mixed.csv");

        var badHeader = importCsv(merchant, null, ("externalId,timestamp,amount,direction,kinds\n"
                + "X-1,2025-03-01T10:00:00,1.00,IN,SALE\n").getBytes(StandardCharsets.UTF_8));
        var missingHeader = importCsv(merchant, null,
                "X-1,2025-03-01T10:00:00,1.00,IN,SALE\n".getBytes(StandardCharsets.UTF_8));
        var binary = importCsv(merchant, null, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H' });
        var noValidRow = importCsv(merchant, null, ("externalId,timestamp,amount,direction,kind\n"
                + "X-1,yesterday,1.00,IN,SALE\n").getBytes(StandardCharsets.UTF_8));
        var wrongLayout = importCsv(merchant, "wechat", good);
        var notJsonLines = upload(importPath(merchant.id(), null), TestTokens.admin(), "application/x-ndjson", good);
        var wrongType = upload(importPath(merchant.id(), null), TestTokens.admin(), "application/pdf", good);
        var unknownFormat = importCsv(merchant, "excel", good);

        assertThat(badHeader.status()).isEqualTo(400);
        assertThat(badHeader.json().get("detail").asString()).contains("kinds");
        assertThat(missingHeader.status()).isEqualTo(400);
        assertThat(binary.status()).isEqualTo(415);
        assertThat(noValidRow.status()).isEqualTo(422);
        assertThat(noValidRow.json().get("errors").get(0).get("field").asString()).isEqualTo("timestamp");
        assertThat(wrongLayout.status()).isEqualTo(400);
        assertThat(notJsonLines.status()).isEqualTo(400);
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(unknownFormat.status()).isEqualTo(400);
        assertThat(unknownFormat.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
        for (var response : List.of(badHeader, missingHeader, binary, noValidRow, wrongLayout, notJsonLines,
                wrongType, unknownFormat)) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(stored(merchant)).isEmpty();
        assertThat(StoreTestData.summaries(mongo, merchant.id())).isEmpty();
        assertThat(dataVersion(merchant)).isZero();
    }

    @Test
    void anUploadOverTheLimitIs413AndStoresNothing() {
        merchant = StoreTestData.merchant(mongo);
        // valid rows first, so only the size can be the reason; sent chunked, without a length up front
        byte[] head = resource("own-mixed.csv");
        InputStream padding = new InputStream() {
            private long left = 20L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? '\n' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) '\n');
                left -= n;
                return n;
            }
        };
        InputStream body = new SequenceInputStream(Collections.enumeration(
                List.of(new ByteArrayInputStream(head), padding)));

        var response = http.send(http.request(importPath(merchant.id(), null), TestTokens.admin())
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(stored(merchant)).isEmpty();
    }

    @Test
    void aMerchantImportsOnlyIntoItsOwnMerchant() {
        merchant = StoreTestData.merchant(mongo);
        MerchantDocument other = StoreTestData.merchant(mongo);
        byte[] file = resource("own-mixed.csv");

        var foreign = upload(importPath(other.id(), null), TestTokens.merchant(merchant.id()), "text/csv", file);
        var own = upload(importPath(merchant.id(), null), TestTokens.merchant(merchant.id()), "text/csv", file);
        var analyst = upload(importPath(merchant.id(), null), TestTokens.analyst(), "text/csv", file);

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(stored(other)).isEmpty();
        assertThat(own.status()).isEqualTo(200);
        assertThat(analyst.status()).isEqualTo(403);
    }

    @Test
    void importOutcomesAreCountedInPrometheus() {
        merchant = StoreTestData.merchant(mongo);
        importCsv(merchant, null, resource("own-mixed.csv"));

        String metrics = http.get("/actuator/prometheus", null).body();

        for (String outcome : List.of("stored", "duplicate", "rejected")) {
            assertThat(metrics).containsPattern("simulator_import_rows_total\\{[^}]*outcome=\"" + outcome + "\"");
        }
        assertThat(metrics).contains("simulator_transactions_stored_total");
    }
}
