package com.merchantanalysis.cashflow.balance.domain;

import java.math.BigDecimal;

import com.merchantanalysis.common.text.Wording;

/**
 * How a balance adds up, to the cent: {@code openingCash + sales - paymentFees + otherInflow - outflow =
 * balance}, and {@code balance - salesInTransit = settledCash} (what the bank account holds). The balance,
 * forecast and summary answers all carry it (one shape, hence kept with the position it is read from), so
 * that a balance next to a starting cash explains itself.
 *
 * @param paymentFees     what WeChat Pay, Alipay and the card acquirers kept: they pay sales out net of it
 * @param otherInflow     money in that is not a sale (deposits, transfers in)
 * @param outflow         every payment out, refunds included
 * @param salesInTransit  sales (net of their fees) the channels pay out after this day, by their settlement lag
 * @param explanation     the same in a sentence, in the reader's language
 */
public record Reconciliation(BigDecimal openingCash, BigDecimal sales, BigDecimal paymentFees,
        BigDecimal otherInflow, BigDecimal outflow, BigDecimal balance, BigDecimal salesInTransit,
        BigDecimal settledCash, String explanation) {

    public static Reconciliation of(CashPosition position, Wording wording) {
        return new Reconciliation(position.openingCashBalance(), position.sales(), position.paymentFees(),
                position.otherInflow(), position.outflow(), position.balance(), position.salesInTransit(),
                position.settledCash(),
                wording.text("balance.reconciliation", position.balance(), position.openingCashBalance(),
                        position.sales(), position.paymentFees(), position.otherInflow(), position.outflow(),
                        position.salesInTransit(), position.settledCash()));
    }
}
