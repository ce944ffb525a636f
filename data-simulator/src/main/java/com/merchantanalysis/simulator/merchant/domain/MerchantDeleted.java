package com.merchantanalysis.simulator.merchant.domain;

/**
 * Published (synchronously) before a merchant's data is deleted, so that work still writing for it
 * can stop first.
 */
public record MerchantDeleted(String merchantId) {
}
