package com.merchantanalysis.common.data;

/**
 * Who was on the other side of a transaction.
 *
 * @param id           an opaque, stable identifier (a hashed card or account, never a full card number)
 * @param crossBorder  whether the counterparty is outside mainland China
 */
public record Counterparty(CounterpartyType type, String id, boolean crossBorder) {
}
