package com.merchantanalysis.simulator.store;

import java.math.BigDecimal;
import java.util.Date;

import com.merchantanalysis.common.data.Counterparty;
import com.merchantanalysis.common.data.TransactionDocument;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Writes a transaction as the BSON document Spring Data's mapping would write (same field names, types
 * and {@code _class}; a test holds the two equal), several times faster: on the simulation path the
 * generic mapping cost about as much as a fifth of the insert itself.
 */
final class TransactionBson {

    private static final String TYPE_KEY = "_class";
    private static final String TYPE = TransactionDocument.class.getName();

    private TransactionBson() {
    }

    static Document toDocument(TransactionDocument tx) {
        Document document = new Document();
        // like Spring Data: an id that is an ObjectId's hex form is stored as an ObjectId
        put(document, "_id", tx.id() != null && ObjectId.isValid(tx.id()) ? new ObjectId(tx.id()) : tx.id());
        put(document, "merchantId", tx.merchantId());
        put(document, "externalId", tx.externalId());
        put(document, "timestamp", tx.timestamp() == null ? null : Date.from(tx.timestamp()));
        put(document, "zoneId", tx.zoneId());
        put(document, "amount", decimal(tx.amount()));
        put(document, "direction", tx.direction() == null ? null : tx.direction().name());
        put(document, "kind", tx.kind() == null ? null : tx.kind().name());
        put(document, "channel", tx.channel() == null ? null : tx.channel().name());
        put(document, "counterparty", counterparty(tx.counterparty()));
        put(document, "invoiceReference", tx.invoiceReference());
        put(document, "source", tx.source() == null ? null : tx.source().name());
        put(document, "labels", tx.labels());
        put(document, "fee", decimal(tx.fee()));
        // the driver's native java.time codec writes it, as configured in common's MerchantDataAutoConfiguration
        put(document, "settlementDate", tx.settlementDate());
        document.put("personalCollectionCode", tx.personalCollectionCode());
        put(document, "description", tx.description());
        document.put(TYPE_KEY, TYPE);
        return document;
    }

    private static Document counterparty(Counterparty counterparty) {
        if (counterparty == null) {
            return null;
        }
        Document document = new Document();
        // Spring Data maps a nested property called "id" to "_id" as well
        put(document, "_id", counterparty.id());
        put(document, "type", counterparty.type() == null ? null : counterparty.type().name());
        document.put("crossBorder", counterparty.crossBorder());
        return document;
    }

    private static Decimal128 decimal(BigDecimal amount) {
        return amount == null ? null : new Decimal128(amount);
    }

    private static void put(Document document, String key, Object value) {
        if (value != null) {
            document.put(key, value);
        }
    }
}
