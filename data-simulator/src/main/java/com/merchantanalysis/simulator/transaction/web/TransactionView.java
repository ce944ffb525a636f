package com.merchantanalysis.simulator.transaction.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import com.merchantanalysis.common.data.CounterpartyType;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.data.TransactionSource;

/** One transaction as the API shows it; its time in the merchant's zone. */
record TransactionView(String externalId, OffsetDateTime timestamp, LocalDate date, BigDecimal amount,
        Direction direction, TransactionKind kind, PaymentChannel channel, CounterpartyType counterpartyType,
        String counterpartyId, boolean crossBorder, String invoiceReference, BigDecimal fee, LocalDate settlementDate,
        TransactionSource source, List<String> labels, boolean personalCollectionCode, String description) {

    static TransactionView of(TransactionDocument tx, ZoneId zone) {
        OffsetDateTime local = tx.timestamp().atZone(zone).toOffsetDateTime();
        var counterparty = tx.counterparty();
        return new TransactionView(tx.externalId(), local, local.toLocalDate(), cents(tx.amount()), tx.direction(),
                tx.kind(), tx.channel(), counterparty == null ? null : counterparty.type(),
                counterparty == null ? null : counterparty.id(), counterparty != null && counterparty.crossBorder(),
                tx.invoiceReference(), cents(tx.fee()), tx.settlementDate(), tx.source(), tx.labels(),
                tx.personalCollectionCode(), tx.description());
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
