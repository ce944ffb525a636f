package com.merchantanalysis.compliance.support;

import java.util.Map;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.PaymentChannel;

/**
 * A merchant archetype for test data, written from what such shops look like (not from data-simulator's
 * code, which tests cannot import).
 *
 * @param openMinute     minutes after midnight the shop opens; {@code closeMinute} may pass midnight (> 1440)
 * @param channelMix     share of orders per channel
 * @param cogsRatio      goods bought as a share of sales
 * @param companyBuyers  share of orders paid by companies (B2B, invoiced when clean)
 */
public record Profile(String archetype, Industry industry, double ordersPerDay, double meanTicket,
        double ticketSpread, int openMinute, int closeMinute, Map<PaymentChannel, Double> channelMix,
        double refundRate, double cogsRatio, double monthlyRent, int staff, double monthlyWage,
        double monthlyUtilities, double platformCommission, double companyBuyers, int cardPool) {

    public static Profile hotpot() {
        return new Profile("hotpot", Industry.RESTAURANT, 120, 260, 0.45, 11 * 60, 25 * 60,
                Map.of(PaymentChannel.WECHAT_PAY, 0.45, PaymentChannel.ALIPAY, 0.25, PaymentChannel.UNIONPAY_CARD,
                        0.15, PaymentChannel.CASH, 0.05, PaymentChannel.DELIVERY_PLATFORM, 0.10),
                0.006, 0.45, 60_000, 16, 6_500, 12_000, 0.18, 0.01, 20_000);
    }

    public static Profile convenienceStore() {
        return new Profile("convenience-store", Industry.CONVENIENCE_STORE, 420, 28, 0.6, 7 * 60, 23 * 60,
                Map.of(PaymentChannel.WECHAT_PAY, 0.5, PaymentChannel.ALIPAY, 0.3, PaymentChannel.UNIONPAY_CARD, 0.08,
                        PaymentChannel.CASH, 0.12),
                0.003, 0.72, 18_000, 4, 5_000, 2_500, 0.0, 0.0, 8_000);
    }

    public static Profile ecommerce() {
        return new Profile("ecommerce-seller", Industry.ECOMMERCE, 140, 120, 0.7, 0, 24 * 60,
                Map.of(PaymentChannel.ALIPAY, 0.55, PaymentChannel.WECHAT_PAY, 0.30, PaymentChannel.UNIONPAY_CARD,
                        0.15),
                0.008, 0.55, 6_000, 5, 7_000, 1_200, 0.05, 0.03, 30_000);
    }

    public static Profile salon() {
        return new Profile("salon", Industry.SERVICES, 35, 220, 0.5, 10 * 60, 22 * 60,
                Map.of(PaymentChannel.WECHAT_PAY, 0.45, PaymentChannel.ALIPAY, 0.2, PaymentChannel.UNIONPAY_CARD, 0.3,
                        PaymentChannel.CASH, 0.05),
                0.004, 0.15, 15_000, 6, 6_000, 1_800, 0.0, 0.0, 1_500);
    }
}
