package com.merchantanalysis.common.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * A transaction as one entry of a day bucket ({@link MerchantDataLayout}): the fields of
 * {@link TransactionDocument} under the same names, without the merchant id (the bucket has it) and
 * without an {@code _id} (the externalId identifies it within its merchant and day). Written and read by
 * hand rather than through Spring Data's mapping, which cost several times more on a year of
 * transactions.
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

    /** The entry as a transaction of {@code merchantId}; its id is its externalId. */
    public static TransactionDocument fromEntry(Document entry, String merchantId) {
        Document party = entry.get("counterparty", Document.class);
        Counterparty counterparty = party == null ? null
                : new Counterparty(enumOf(CounterpartyType.class, party.getString("type")), party.getString("id"),
                        Boolean.TRUE.equals(party.getBoolean("crossBorder")));
        String externalId = entry.getString("externalId");
        return new TransactionDocument(externalId, merchantId, externalId, instant(entry.get("timestamp")),
                entry.getString("zoneId"), decimal(entry.get("amount")),
                enumOf(Direction.class, entry.getString("direction")),
                enumOf(TransactionKind.class, entry.getString("kind")),
                enumOf(PaymentChannel.class, entry.getString("channel")), counterparty,
                entry.getString("invoiceReference"), enumOf(TransactionSource.class, entry.getString("source")),
                labels(entry.get("labels")), decimal(entry.get("fee")), localDate(entry.get("settlementDate")),
                Boolean.TRUE.equals(entry.getBoolean("personalCollectionCode")), entry.getString("description"));
    }

    static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : (Instant) value;
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

    private static List<String> labels(Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            return List.of();
        }
        List<String> labels = new ArrayList<>(list.size());
        list.forEach(label -> labels.add(String.valueOf(label)));
        return labels;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static void put(Document document, String key, Object value) {
        if (value != null) {
            document.put(key, value);
        }
    }
}
