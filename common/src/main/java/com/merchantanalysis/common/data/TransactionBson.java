package com.merchantanalysis.common.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * A transaction as one entry of a day bucket ({@link MerchantDataLayout}): the fields of
 * {@link TransactionDocument} under the same names, without the merchant id (the bucket has it) and
 * without an {@code _id} (the externalId identifies it within its merchant and day). Written by hand,
 * and read by {@link DayBucketCodec}, rather than through Spring Data's mapping, which cost several times
 * more on a year of transactions.
 */
public final class TransactionBson {

    private TransactionBson() {
    }

    public static Document toEntry(TransactionDocument tx) {
        Document entry = new Document();
        put(entry, "externalId", tx.externalId());
        put(entry, "timestamp", tx.timestamp() == null ? null : Date.from(tx.timestamp()));
        put(entry, "zoneId", tx.zoneId());
        put(entry, "amount", decimal(tx.amount()));
        put(entry, "direction", name(tx.direction()));
        put(entry, "kind", name(tx.kind()));
        put(entry, "channel", name(tx.channel()));
        Counterparty counterparty = tx.counterparty();
        if (counterparty != null) {
            Document party = new Document();
            put(party, "id", counterparty.id());
            put(party, "type", name(counterparty.type()));
            party.put("crossBorder", counterparty.crossBorder());
            entry.put("counterparty", party);
        }
        put(entry, "invoiceReference", tx.invoiceReference());
        put(entry, "source", name(tx.source()));
        if (!tx.labels().isEmpty()) {
            entry.put("labels", tx.labels());
        }
        put(entry, "fee", decimal(tx.fee()));
        // a BSON date at UTC midnight, as the driver's LocalDate codec writes it
        put(entry, "settlementDate", tx.settlementDate() == null ? null
                : Date.from(tx.settlementDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
        if (tx.personalCollectionCode()) {
            entry.put("personalCollectionCode", true);
        }
        put(entry, "description", tx.description());
        return entry;
    }

    static LocalDate localDate(Object value) {
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
        }
        return (LocalDate) value;
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        return new BigDecimal(value.toString());
    }

    static Decimal128 decimal(BigDecimal amount) {
        return amount == null ? null : new Decimal128(amount);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static void put(Document document, String key, Object value) {
        if (value != null) {
            document.put(key, value);
        }
    }
}
