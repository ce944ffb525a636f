package com.merchantanalysis.simulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import com.merchantanalysis.common.data.Counterparty;
import com.merchantanalysis.common.data.CounterpartyType;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.data.TransactionSource;
import com.merchantanalysis.common.testsupport.ServiceApiTest;

import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The hand-written BSON of a transaction is exactly what the application's Spring Data mapping writes. */
class TransactionBsonIT extends ServiceApiTest {

    private Document springMapped(TransactionDocument tx) {
        Document document = new Document();
        mongo.getConverter().write(tx, document);
        return document;
    }

    @Test
    void everyFieldIsWrittenAsSpringDataWouldWriteIt() {
        var full = new TransactionDocument("6a0000000000000000000001", "m-1", "ext-1",
                Instant.parse("2025-01-01T04:05:06.789Z"), "Asia/Shanghai", new BigDecimal("1234.50"), Direction.IN,
                TransactionKind.SALE, PaymentChannel.UNIONPAY_CARD,
                new Counterparty(CounterpartyType.PERSON, "acct-12ab", true), "FP-1", TransactionSource.SIMULATED,
                List.of("compliance-checker:x", "cost-analyzer:y"), new BigDecimal("7.41"), LocalDate.of(2025, 1, 2),
                true, "=1+1 描述");
        var sparse = new TransactionDocument(null, "m-1", "ext-2", Instant.parse("2025-01-01T00:00:00Z"),
                "Asia/Shanghai", new BigDecimal("3"), Direction.OUT, TransactionKind.RENT, null,
                new Counterparty(null, null, false), null, TransactionSource.IMPORTED, null, null, null, false, null);

        assertThat(TransactionBson.toDocument(full)).isEqualTo(springMapped(full));
        assertThat(TransactionBson.toDocument(sparse)).isEqualTo(springMapped(sparse));
        for (TransactionDocument tx : TransactionStoreIT.randomBatch("m-2", new Random(3), 200)) {
            assertThat(TransactionBson.toDocument(tx)).isEqualTo(springMapped(tx));
        }
    }

    @Test
    void whatItWritesReadsBackAsTheSameTransaction() {
        var tx = new TransactionDocument(null, "m-3", "ext-3", Instant.parse("2025-02-03T04:05:06Z"), "Asia/Shanghai",
                new BigDecimal("88.00"), Direction.OUT, TransactionKind.REFUND, PaymentChannel.WECHAT_PAY,
                new Counterparty(CounterpartyType.COMPANY, "c-9", false), null, TransactionSource.IMPORTED,
                List.of(), new BigDecimal("-0.53"), LocalDate.of(2025, 2, 4), false, "退款");
        Document written = TransactionBson.toDocument(tx);
        mongo.getCollection("transactions").insertOne(written);

        TransactionDocument read = mongo.findById(written.get("_id"), TransactionDocument.class);

        assertThat(read).usingRecursiveComparison().ignoringFields("id").isEqualTo(tx);
    }
}
