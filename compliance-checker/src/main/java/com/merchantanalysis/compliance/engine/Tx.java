package com.merchantanalysis.compliance.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;

import com.merchantanalysis.common.data.CounterpartyType;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;

/**
 * The part of a transaction the rules read, with its amount in fen (exact, cheap to add up) and its
 * merchant-local time. Labels are deliberately not carried: rules must find planted events on their own.
 */
public record Tx(
        String id,
        String externalId,
        Instant timestamp,
        LocalDateTime localTime,
        long cents,
        Direction direction,
        TransactionKind kind,
        PaymentChannel channel,
        CounterpartyType counterpartyType,
        String counterpartyId,
        boolean crossBorder,
        boolean invoiced,
        boolean personalCollectionCode,
        long feeCents) {

    /** Time order with a stable tie-break, so that evidence lists do not depend on the store's order. */
    public static final Comparator<Tx> CHRONOLOGICAL = Comparator.comparing(Tx::timestamp)
            .thenComparing(Tx::externalId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Tx::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    public static Tx of(TransactionDocument doc, ZoneId zone) {
        var counterparty = doc.counterparty();
        return new Tx(doc.id(), doc.externalId(), doc.timestamp(), LocalDateTime.ofInstant(doc.timestamp(), zone),
                toCents(doc.amount()), doc.direction(), doc.kind(), doc.channel(),
                counterparty == null ? null : counterparty.type(), counterparty == null ? null : counterparty.id(),
                counterparty != null && counterparty.crossBorder(),
                doc.invoiceReference() != null && !doc.invoiceReference().isBlank(), doc.personalCollectionCode(),
                doc.fee() == null ? 0 : toCents(doc.fee()));
    }

    public LocalDate date() {
        return localTime.toLocalDate();
    }

    public BigDecimal amount() {
        return toYuan(cents);
    }

    public static long toCents(BigDecimal yuan) {
        BigDecimal exact = yuan.scale() == 2 ? yuan : yuan.setScale(2, RoundingMode.HALF_UP);
        return exact.movePointRight(2).longValueExact();
    }

    public static BigDecimal toYuan(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
