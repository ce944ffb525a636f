package com.merchantanalysis.simulator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.common.testsupport.ServiceApiTest;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;

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

    /** An import whose answer is asked for in English. */
    private TestHttp.Response importCsvInEnglish(MerchantDocument target, String format, String contentType,
            byte[] body) {
        return http.send(http.request(importPath(target.id(), format), TestTokens.admin())
                .header("Content-Type", contentType).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static byte[] resource(String name) {
        try (InputStream in = ImportApiIT.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, TransactionDocument> stored(MerchantDocument target) {
        return MerchantDataStore.transactions(mongo, target).stream().collect(Collectors.toMap(TransactionDocument::externalId, Function.identity()));
    }

    private long dataVersion(MerchantDocument target) {
        return mongo.findById(target.id(), MerchantDocument.class).dataVersion();
    }

    @Test
    void csvImportStoresTheValidRowsAndRejectsTheOthersWithTheirLines() {
        merchant = MerchantDataStore.newMerchant(mongo);

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
        assertThat(MerchantDataStore.rollups(mongo, merchant.id())).isEqualTo(MerchantDataStore.expectedRollups(mongo, merchant));
    }

    @Test
    void importingTheSameFileAgainStoresNothingNew() {
        merchant = MerchantDataStore.newMerchant(mongo);
        importCsv(merchant, null, resource("own-mixed.csv"));
        var summaries = MerchantDataStore.rollups(mongo, merchant.id());

        var again = importCsv(merchant, null, resource("own-mixed.csv")).json();

        assertThat(again.get("stored").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(4);
        assertThat(again.get("rejected").asInt()).isEqualTo(4);
        assertThat(MerchantDataStore.rollups(mongo, merchant.id())).isEqualTo(summaries);
        assertThat(stored(merchant)).hasSize(4);
        assertThat(dataVersion(merchant)).isEqualTo(1);
    }

    @Test
    void jsonLinesImportLikeCsv() {
        merchant = MerchantDataStore.newMerchant(mongo);
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
        merchant = MerchantDataStore.newMerchant(mongo);

        var response = importCsv(merchant, "wechat", resource("wechat-trade-bill.csv"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("stored").asInt()).isEqualTo(3);
        // the revoked payment moved no money: skipped, not an error; the summary rows at the end are not data
        assertThat(response.json().get("rejected").asInt()).isZero();
        assertThat(response.json().get("errors")).isEmpty();
        assertThat(response.json().get("skipped").asInt()).isEqualTo(1);
        JsonNode revoked = response.json().get("skippedRows").get(0);
        // the bill's code REVOKED is told as the word for it
        assertThat(revoked.get("reason").asString()).isEqualTo("交易状态为“已撤销”：已撤销、已关闭、已退回或未支付，没有资金往来");
        assertThat(revoked.get("lines").get(0).asInt()).isEqualTo(4);
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
        assertThat(MerchantDataStore.rollups(mongo, merchant.id())).isEqualTo(MerchantDataStore.expectedRollups(mongo, merchant));
        // settled on 03-02: 268.00 - 1.61 + 512.40 - 3.07; the refund (-68.00 + 0.41) on 03-03
        var settled = MerchantDataStore.rollups(mongo, merchant.id()).stream()
                .collect(Collectors.toMap(d -> d.date().toString(), d -> d.settledByChannel()));
        assertThat(settled.get("2025-03-02").get(PaymentChannel.WECHAT_PAY)).isEqualByComparingTo("775.72");
        assertThat(settled.get("2025-03-03").get(PaymentChannel.WECHAT_PAY)).isEqualByComparingTo("-67.59");
    }

    @Test
    void alipayTradeDetailInGbkImportsWithItsCommentLinesSkipped() {
        merchant = MerchantDataStore.newMerchant(mongo);

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
        merchant = MerchantDataStore.newMerchant(mongo);

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
        merchant = MerchantDataStore.newMerchant(mongo);
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
        assertThat(wrongType.json().get("detail").asString()).contains("application/pdf", "multipart/form-data",
                "text/csv", "application/x-ndjson");
        assertThat(wrongType.json().get("accepted").toString()).contains("multipart/form-data", "text/csv");
        assertThat(unknownFormat.status()).isEqualTo(400);
        assertThat(unknownFormat.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
        for (var response : List.of(badHeader, missingHeader, binary, noValidRow, wrongLayout, notJsonLines,
                wrongType, unknownFormat)) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(stored(merchant)).isEmpty();
        assertThat(MerchantDataStore.rollups(mongo, merchant.id())).isEmpty();
        assertThat(dataVersion(merchant)).isZero();
    }

    @Test
    void anUploadOverTheLimitIs413AndStoresNothing() {
        merchant = MerchantDataStore.newMerchant(mongo);
        // valid rows first, so only the size can be the reason; sent chunked, without a length up front
        byte[] head = resource("own-mixed.csv");
        InputStream padding = newlines(20L * 1024 * 1024);
        InputStream body = new SequenceInputStream(Collections.enumeration(
                List.of(new ByteArrayInputStream(head), padding)));

        var response = http.send(http.request(importPath(merchant.id(), null), TestTokens.admin())
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(stored(merchant)).isEmpty();
    }

    @Test
    void aFormUploadOverTheLimitIs413TooAndStoresNothing() {
        merchant = MerchantDataStore.newMerchant(mongo);
        // the same 20 MB limit as any other body, sent chunked so that only the parser can count it
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        InputStream body = new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                new ByteArrayInputStream(resource("own-mixed.csv")), newlines(21L * 1024 * 1024),
                new ByteArrayInputStream(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8)))));

        var response = http.send(http.request(importPath(merchant.id(), null), TestTokens.admin())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(stored(merchant)).isEmpty();
    }

    private static InputStream newlines(long count) {
        return new InputStream() {
            private long left = count;

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
    }

    @Test
    void aMerchantImportsOnlyIntoItsOwnMerchant() {
        merchant = MerchantDataStore.newMerchant(mongo);
        MerchantDocument other = MerchantDataStore.newMerchant(mongo);
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
        merchant = MerchantDataStore.newMerchant(mongo);
        importCsv(merchant, null, resource("own-mixed.csv"));

        String metrics = http.get("/actuator/prometheus", null).body();

        for (String outcome : List.of("stored", "duplicate", "rejected", "skipped")) {
            assertThat(metrics).containsPattern("simulator_import_rows_total\\{[^}]*outcome=\"" + outcome + "\"");
        }
        assertThat(metrics).contains("simulator_transactions_stored_total");
    }

    @Test
    void aPersonalWeChatBillWithItsSixteenLineHeaderBlockImportsWithoutAFormat() {
        merchant = MerchantDataStore.newMerchant(mongo);

        var response = importCsv(merchant, null, resource("wechat-personal-bill.csv"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("format").asString()).isEqualTo("WECHAT_PERSONAL");
        assertThat(body.get("encoding").asString()).isEqualTo("UTF-8");
        assertThat(body.get("stored").asInt()).isEqualTo(4);
        assertThat(body.get("rejected").asInt()).isEqualTo(1);
        assertThat(body.get("errors").get(0).get("line").asInt()).isEqualTo(27);
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("amount");
        // a withdrawal, a revoked payment, a transfer sent back, a purchase refunded in full and its refund
        assertThat(body.get("skipped").asInt()).isEqualTo(5);
        assertThat(skippedLines(body)).containsExactlyInAnyOrder(21L, 22L, 23L, 24L, 25L);
        assertThat(body.get("skippedRows").findValuesAsString("reason")).anySatisfy(r -> assertThat(r)
                .startsWith("当前状态为“已撤销”：").contains("没有资金往来"))
                .anySatisfy(r -> assertThat(r).startsWith("当前状态为“已全额退款”：").contains("全额退款"))
                .anySatisfy(r -> assertThat(r).startsWith("收/支为“/”：").contains("自己的账户之间"));

        Map<String, TransactionDocument> rows = stored(merchant);
        TransactionDocument sale = rows.get("10001071012025030100431250187521");
        assertThat(sale.kind()).isEqualTo(TransactionKind.SALE);
        assertThat(sale.direction()).isEqualTo(Direction.IN);
        assertThat(sale.amount()).isEqualByComparingTo("126.50");
        assertThat(sale.channel()).isEqualTo(PaymentChannel.WECHAT_PAY);
        assertThat(sale.timestamp()).hasToString("2025-03-01T11:42:57Z");
        // paid into the owner's personal code: in the wallet the same day, and a compliance signal
        assertThat(sale.personalCollectionCode()).isTrue();
        assertThat(sale.settlementDate()).hasToString("2025-03-01");
        assertThat(sale.counterparty().id()).startsWith("wx-").doesNotContain("李先生");
        TransactionDocument supplies = rows.get("4200002025030212345678901234");
        assertThat(supplies.direction()).isEqualTo(Direction.OUT);
        assertThat(supplies.kind()).isEqualTo(TransactionKind.OTHER);
        assertThat(supplies.amount()).isEqualByComparingTo("320.00");
        assertThat(supplies.description()).isEqualTo("蔬菜 3月2日");
        TransactionDocument redPacket = rows.get("10000499012025030500000000000001");
        assertThat(redPacket.kind()).isEqualTo(TransactionKind.OTHER);
        assertThat(redPacket.personalCollectionCode()).isFalse();
        assertThat(MerchantDataStore.rollups(mongo, merchant.id())).isEqualTo(MerchantDataStore.expectedRollups(mongo, merchant));

        var again = importCsv(merchant, "wechat", resource("wechat-personal-bill.csv"));
        assertThat(again.json().get("stored").asInt()).isZero();
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(4);
    }

    @Test
    void aGbkAlipayPersonalBillImportsWithoutFormatOrCharset() {
        merchant = MerchantDataStore.newMerchant(mongo);

        var response = importCsv(merchant, null, resource("alipay-personal-bill.csv"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("format").asString()).isEqualTo("ALIPAY_PERSONAL");
        assertThat(body.get("encoding").asString()).isEqualTo("GB18030");
        assertThat(body.get("stored").asInt()).isEqualTo(3);
        assertThat(body.get("rejected").asInt()).isZero();
        // the closed purchase, its refund (不计收支) and a transfer to 余额宝
        assertThat(body.get("skipped").asInt()).isEqualTo(3);
        assertThat(skippedLines(body)).containsExactlyInAnyOrder(24L, 25L, 26L);
        Map<String, TransactionDocument> rows = stored(merchant);
        TransactionDocument sale = rows.get("2025030122001400731234567801");
        assertThat(sale.kind()).isEqualTo(TransactionKind.SALE);
        assertThat(sale.amount()).isEqualByComparingTo("68.00");
        assertThat(sale.description()).isEqualTo("收钱码收款");
        assertThat(sale.personalCollectionCode()).isTrue();
        TransactionDocument gloves = rows.get("2025030222001400731234567803");
        assertThat(gloves.direction()).isEqualTo(Direction.OUT);
        assertThat(gloves.description()).isEqualTo("一次性手套 x10");
    }

    @Test
    void aGbkFileSentAsUtf8IsRefusedWithAnErrorAboutItsEncoding() {
        merchant = MerchantDataStore.newMerchant(mongo);

        var response = upload(importPath(merchant.id(), "alipay"), TestTokens.admin(), "text/csv; charset=UTF-8",
                resource("alipay-personal-bill.csv"));
        var english = importCsvInEnglish(merchant, "alipay", "text/csv; charset=UTF-8",
                resource("alipay-personal-bill.csv"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("不是有效的 UTF-8 编码", "GBK", "不要注明字符集");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo(
                "文件不是 UTF-8 编码，很可能是 GBK");
        assertThat(english.json().get("detail").asString()).contains("not valid UTF-8", "GBK", "without a charset");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("charset");
        assertThat(stored(merchant)).isEmpty();
    }

    @Test
    void aBillSentWithTheWrongFormatSaysWhichFormatItIs() {
        merchant = MerchantDataStore.newMerchant(mongo);

        var asAlipay = importCsvInEnglish(merchant, "alipay", "text/csv", resource("wechat-personal-bill.csv"));
        var asAlipayInChinese = importCsv(merchant, "alipay", resource("wechat-personal-bill.csv"));
        var unknown = importCsv(merchant, null, "交易时间,金额\n2025-03-01 10:00:00,1.00\n".getBytes(StandardCharsets.UTF_8));

        assertThat(asAlipay.status()).isEqualTo(400);
        assertThat(asAlipay.json().get("detail").asString()).contains("WeChat Pay personal bill", "format=wechat");
        assertThat(asAlipay.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
        assertThat(asAlipayInChinese.json().get("detail").asString()).isEqualTo(
                "这个文件是微信支付个人账单（微信支付账单明细），不是 format=alipay：请用 format=wechat 导入，或不带 format 导入以自动识别");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("交易时间", "format=wechat", "format=alipay");
        assertThat(stored(merchant)).isEmpty();
    }

    @Test
    void aFormUploadLikeCurlDashFImports() {
        merchant = MerchantDataStore.newMerchant(mongo);
        // what a browser sends for a .csv file on Windows, with a Chinese file name
        byte[] form = multipart("file", "微信支付账单(20250301-20250331).csv", "application/vnd.ms-excel",
                resource("wechat-personal-bill.csv"));

        var response = upload(importPath(merchant.id(), null), TestTokens.merchant(merchant.id()),
                "multipart/form-data; boundary=" + BOUNDARY, form);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("format").asString()).isEqualTo("WECHAT_PERSONAL");
        assertThat(response.json().get("stored").asInt()).isEqualTo(4);
        assertThat(stored(merchant)).hasSize(4);

        var noFile = upload(importPath(merchant.id(), null), TestTokens.admin(),
                "multipart/form-data; boundary=" + BOUNDARY, ("--" + BOUNDARY + "\r\nContent-Disposition: form-data;"
                        + " name=\"format\"\r\n\r\nwechat\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.contentType()).startsWith("application/problem+json");
        assertThat(noFile.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    @Test
    void aLargeBillIsImportedAsAJobThatEndsWithTheRightCounts() {
        merchant = MerchantDataStore.newMerchant(mongo);
        int sales = 2_400;
        byte[] bill = personalWeChatBill(sales);

        var started = importCsv(merchant, null, bill);

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String jobId = started.json().get("id").asString();
        assertThat(started.header("Location")).isEqualTo("/api/v1/simulator/jobs/" + jobId);
        assertThat(started.json().get("type").asString()).isEqualTo("IMPORT");
        assertThat(started.json().get("file").get("format").asString()).isEqualTo("WECHAT_PERSONAL");
        JsonNode done = awaitJob(jobId);
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("progress").get("percent").asInt()).isEqualTo(100);
        // one sale in a hundred was revoked, every 250th has a broken amount
        int revoked = sales / 100;
        int broken = sales / 250;
        assertThat(done.get("progress").get("rowsWritten").asInt()).isEqualTo(sales - revoked - broken);
        JsonNode result = done.get("result");
        assertThat(result.get("stored").asInt()).isEqualTo(sales - revoked - broken);
        assertThat(result.get("skipped").asInt()).isEqualTo(revoked);
        assertThat(result.get("rejected").asInt()).isEqualTo(broken);
        assertThat(result.get("errors")).hasSize(broken);
        assertThat(result.get("errors").get(0).get("line").asInt()).isEqualTo(17 + 250);
        assertThat(stored(merchant)).hasSize(sales - revoked - broken);
        assertThat(MerchantDataStore.rollups(mongo, merchant.id())).isEqualTo(MerchantDataStore.expectedRollups(mongo, merchant));
        // the job is the merchant's, and not a simulation
        assertThat(http.get("/api/v1/simulator/jobs/" + jobId, TestTokens.merchant(merchant.id())).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/simulator/jobs/" + jobId, TestTokens.merchant("someone-else")).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/simulator/merchants/" + merchant.id() + "/simulations", TestTokens.admin())
                .json()).isEmpty();
    }

    @Test
    void aClientMayAskForAJobWithPreferRespondAsync() {
        merchant = MerchantDataStore.newMerchant(mongo);

        var started = http.send(http.request(importPath(merchant.id(), null), TestTokens.admin())
                .header("Content-Type", "text/csv").header("Prefer", "respond-async")
                .POST(HttpRequest.BodyPublishers.ofByteArray(resource("own-mixed.csv"))));

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.header("Preference-Applied")).isEqualTo("respond-async");
        JsonNode done = awaitJob(started.json().get("id").asString());
        assertThat(done.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("result").get("stored").asInt()).isEqualTo(4);
        assertThat(done.get("result").get("rejected").asInt()).isEqualTo(4);
        assertThat(done.get("result").get("errors").findValuesAsString("field"))
                .containsExactly("amount", "timestamp", "direction", "amount", "line");
    }

    @Test
    void aJobWithNoValidRowFailsAndSaysWhyRowByRow() {
        merchant = MerchantDataStore.newMerchant(mongo);

        var started = http.send(http.request(importPath(merchant.id(), null), TestTokens.admin())
                .header("Content-Type", "text/csv").header("Prefer", "respond-async")
                .POST(HttpRequest.BodyPublishers.ofString("externalId,timestamp,amount,direction,kind\n"
                        + "X-1,yesterday,1.00,IN,SALE\n")));

        JsonNode done = awaitJob(started.json().get("id").asString());
        assertThat(done.get("state").asString()).isEqualTo("FAILED");
        assertThat(done.get("errors").get(0).asString()).isEqualTo("没有一行可以导入：1 行有误；未保存任何数据");
        assertThat(done.get("result").get("errors").get(0).get("field").asString()).isEqualTo("timestamp");
        assertThat(stored(merchant)).isEmpty();
    }

    private static final String BOUNDARY = "----merchant-import-test-7MA4YWxkTrZu0gW";

    private static byte[] multipart(String field, String fileName, String type, byte[] content) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }

    /**
     * A personal WeChat bill of {@code sales} payments into the owner's code, with the real header
     * block (header on line 17): one in a hundred revoked, every 250th with a broken amount.
     */
    private static byte[] personalWeChatBill(int sales) {
        String bill = new String(resource("wechat-personal-bill.csv"), StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder(bill.substring(0, bill.indexOf("2025-03-01 12:03:11")));
        for (int i = 1; i <= sales; i++) {
            String amount = i % 250 == 0 ? "¥?" : "¥" + (10 + i % 90) + ".50";
            String state = i % 100 == 7 ? "已撤销" : "已收钱";
            text.append(String.format("2025-03-%02d %02d:%02d:%02d,二维码收款,顾客%d,收款方备注:二维码收款,收入,%s,/,%s,"
                    + "9%017d\t,/\t,/\r\n", 1 + i % 28, 9 + i % 12, i % 60, (i * 7) % 60, i % 37, amount, state, i));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode awaitJob(String jobId) {
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(
                () -> http.get("/api/v1/simulator/jobs/" + jobId, TestTokens.admin()).json(),
                job -> job.get("state").asString().equals("SUCCEEDED") || job.get("state").asString().equals("FAILED"));
    }

    private static List<Long> skippedLines(JsonNode body) {
        return body.get("skippedRows").findValues("lines").stream()
                .flatMap(lines -> lines.valueStream().map(JsonNode::asLong)).toList();
    }
}
