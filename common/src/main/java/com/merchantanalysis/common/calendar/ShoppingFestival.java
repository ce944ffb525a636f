package com.merchantanalysis.common.calendar;

/**
 * A day inside an e-commerce shopping festival window.
 *
 * @param name  {@code 618} or {@code DOUBLE_11}
 */
public record ShoppingFestival(String name, Phase phase) {

    public enum Phase {
        /** Deposits and carts fill; sales are partly held back until the peak. */
        PRESALE,
        /** The sales days, ending on 18 June or 11 November. */
        PEAK,
        /** The weeks after, when returns of festival orders come in. */
        REFUND_TAIL
    }
}
