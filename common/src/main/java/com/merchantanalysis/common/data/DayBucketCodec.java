package com.merchantanalysis.common.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistries;

/**
 * Reads a day bucket straight from the wire into transactions, without building a generic document of
 * every entry first: on a merchant-year that halves the readers' own cost. It reads what
 * {@link TransactionBson#toEntry} writes and skips fields it does not know. Read-only: buckets are
 * written as documents by {@link MerchantDataWriter}.
 */
final class DayBucketCodec implements Codec<DayBucketCodec.DayBucket> {

    private final String merchantId;

    DayBucketCodec(String merchantId) {
        this.merchantId = merchantId;
    }

    /** A bucket as read: its id, day and part, and its transactions in stored order. */
    record DayBucket(String id, LocalDate date, int part, List<TransactionDocument> transactions) {
    }

    /** The buckets collection, read through this codec as the merchant's. */
    static MongoCollection<DayBucket> buckets(MongoCollection<Document> collection, String merchantId) {
        return collection.withDocumentClass(DayBucket.class).withCodecRegistry(CodecRegistries.fromRegistries(
                CodecRegistries.fromCodecs(new DayBucketCodec(merchantId)), collection.getCodecRegistry()));
    }

    @Override
    public DayBucket decode(BsonReader reader, DecoderContext context) {
        String id = null;
        LocalDate date = null;
        int part = 0;
        List<TransactionDocument> transactions = List.of();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            switch (reader.readName()) {
                case "_id" -> id = reader.readString();
                case "date" -> date = day(reader.readDateTime());
                case "part" -> part = reader.readInt32();
                case "transactions" -> transactions = entries(reader, merchantId);
                default -> reader.skipValue();
            }
        }
        reader.readEndDocument();
        return new DayBucket(id, date, part, transactions);
    }

    private static List<TransactionDocument> entries(BsonReader reader, String merchantId) {
        List<TransactionDocument> transactions = new ArrayList<>();
        reader.readStartArray();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            transactions.add(entry(reader, merchantId));
        }
        reader.readEndArray();
        return transactions;
    }

    private static TransactionDocument entry(BsonReader reader, String merchantId) {
        String externalId = null;
        Instant timestamp = null;
        String zoneId = null;
        BigDecimal amount = null;
        Direction direction = null;
        TransactionKind kind = null;
        PaymentChannel channel = null;
        Counterparty counterparty = null;
        String invoiceReference = null;
        TransactionSource source = null;
        List<String> labels = List.of();
        BigDecimal fee = null;
        LocalDate settlementDate = null;
        boolean personalCollectionCode = false;
        String description = null;
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String name = reader.readName();
            if (reader.getCurrentBsonType() == BsonType.NULL) {
                reader.readNull();
                continue;
            }
            switch (name) {
                case "externalId" -> externalId = reader.readString();
                case "timestamp" -> timestamp = Instant.ofEpochMilli(reader.readDateTime());
                case "zoneId" -> zoneId = reader.readString();
                case "amount" -> amount = decimal(reader);
                case "direction" -> direction = Direction.valueOf(reader.readString());
                case "kind" -> kind = TransactionKind.valueOf(reader.readString());
                case "channel" -> channel = PaymentChannel.valueOf(reader.readString());
                case "counterparty" -> counterparty = counterparty(reader);
                case "invoiceReference" -> invoiceReference = reader.readString();
                case "source" -> source = TransactionSource.valueOf(reader.readString());
                case "labels" -> labels = strings(reader);
                case "fee" -> fee = decimal(reader);
                case "settlementDate" -> settlementDate = day(reader.readDateTime());
                case "personalCollectionCode" -> personalCollectionCode = reader.readBoolean();
                case "description" -> description = reader.readString();
                default -> reader.skipValue();
            }
        }
        reader.readEndDocument();
        return new TransactionDocument(externalId, merchantId, externalId, timestamp, zoneId, amount, direction, kind,
                channel, counterparty, invoiceReference, source, labels, fee, settlementDate, personalCollectionCode,
                description);
    }

    private static Counterparty counterparty(BsonReader reader) {
        String id = null;
        CounterpartyType type = null;
        boolean crossBorder = false;
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            switch (reader.readName()) {
                case "id" -> id = reader.readString();
                case "type" -> type = CounterpartyType.valueOf(reader.readString());
                case "crossBorder" -> crossBorder = reader.readBoolean();
                default -> reader.skipValue();
            }
        }
        reader.readEndDocument();
        return new Counterparty(type, id, crossBorder);
    }

    private static List<String> strings(BsonReader reader) {
        List<String> values = new ArrayList<>();
        reader.readStartArray();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            values.add(reader.readString());
        }
        reader.readEndArray();
        return values;
    }

    private static BigDecimal decimal(BsonReader reader) {
        return switch (reader.getCurrentBsonType()) {
            case DECIMAL128 -> reader.readDecimal128().bigDecimalValue();
            case DOUBLE -> BigDecimal.valueOf(reader.readDouble());
            case INT32 -> BigDecimal.valueOf(reader.readInt32());
            case INT64 -> BigDecimal.valueOf(reader.readInt64());
            default -> new BigDecimal(reader.readString());
        };
    }

    private static LocalDate day(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }

    @Override
    public void encode(BsonWriter writer, DayBucket value, EncoderContext context) {
        throw new UnsupportedOperationException("Buckets are written as documents by MerchantDataWriter");
    }

    @Override
    public Class<DayBucket> getEncoderClass() {
        return DayBucket.class;
    }
}
