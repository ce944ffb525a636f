package com.merchantanalysis.simulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.StoreResult;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.data.TransactionSource;
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.common.testsupport.ServiceApiTest;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The store against the embedded MongoDB: idempotent inserts and rollups that match the rows. */
class TransactionStoreIT extends ServiceApiTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TransactionStore store;

    @Test
    void rollupsEqualARecomputationAndRestoringChangesNothing() {
        MerchantDocument merchant = MerchantDataStore.newMerchant(mongo);
        List<TransactionDocument> batch = randomBatch(merchant.id(), new Random(7), 600);
        // the same externalId twice in one batch is stored once
        batch.add(batch.get(3));

        StoreResult first = store.store(merchant, batch.subList(0, 400));
        StoreResult second = store.store(merchant, batch);

        assertThat(first).isEqualTo(new StoreResult(400, 0));
        assertThat(second).isEqualTo(new StoreResult(200, 401));
        assertThat(MerchantDataStore.transactions(mongo, merchant)).hasSize(600);
        var summaries = MerchantDataStore.rollups(mongo, merchant.id());
        assertThat(summaries).isEqualTo(MerchantDataStore.expectedRollups(mongo, merchant));
        // exact decimal arithmetic in the store, not doubles
        var raw = mongo.getCollection("daily_summaries").find(new Document("merchantId", merchant.id())).first();
        assertThat(raw.get("net")).isInstanceOf(Decimal128.class);
        assertThat(raw.get("byKind", Document.class).get("SALE")).isInstanceOf(Decimal128.class);

        StoreResult again = store.store(merchant, batch);

        assertThat(again).isEqualTo(new StoreResult(0, 601));
        assertThat(MerchantDataStore.rollups(mongo, merchant.id())).isEqualTo(summaries);
    }

    @Test
    void aLateEveningSaleCountsOnTheLocalDayAndSettlesOnItsSettlementDate() {
        MerchantDocument merchant = MerchantDataStore.newMerchant(mongo);
        Instant lateEvening = LocalDateTime.of(2025, 3, 1, 23, 30).atZone(SHANGHAI).toInstant();
        var sale = new TransactionDocument(null, merchant.id(), "late-1", lateEvening, "Asia/Shanghai",
                new BigDecimal("100.00"), Direction.IN, TransactionKind.SALE, PaymentChannel.WECHAT_PAY, null, null,
                TransactionSource.IMPORTED, List.of(), new BigDecimal("0.60"), LocalDate.of(2025, 3, 2), false, null);

        assertThat(store.store(merchant, List.of(sale))).isEqualTo(new StoreResult(1, 0));

        var summaries = MerchantDataStore.rollups(mongo, merchant.id());
        assertThat(summaries).hasSize(2);
        var saleDay = summaries.get(0);
        assertThat(saleDay.date()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(saleDay.inflow()).isEqualByComparingTo("100.00");
        assertThat(saleDay.salesByChannel().get(PaymentChannel.WECHAT_PAY)).isEqualByComparingTo("100.00");
        assertThat(saleDay.feesByChannel().get(PaymentChannel.WECHAT_PAY)).isEqualByComparingTo("0.60");
        assertThat(saleDay.settledByChannel()).isEmpty();
        var settlementDay = summaries.get(1);
        assertThat(settlementDay.date()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(settlementDay.count()).isZero();
        assertThat(settlementDay.settledByChannel().get(PaymentChannel.WECHAT_PAY)).isEqualByComparingTo("99.40");
    }

    @Test
    void markChangedRaisesTheDataVersionByOne() {
        MerchantDocument merchant = MerchantDataStore.newMerchant(mongo);

        store.markChanged(merchant.id());
        store.markChanged(merchant.id());

        assertThat(mongo.findById(merchant.id(), MerchantDocument.class).dataVersion()).isEqualTo(2);
    }

    static List<TransactionDocument> randomBatch(String merchantId, Random random, int size) {
        List<TransactionDocument> rows = new ArrayList<>();
        TransactionKind[] costs = { TransactionKind.COGS, TransactionKind.UTILITIES, TransactionKind.PAYMENT_FEE };
        PaymentChannel[] channels = { PaymentChannel.WECHAT_PAY, PaymentChannel.ALIPAY, PaymentChannel.CASH };
        for (int i = 0; i < size; i++) {
            Instant at = LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(random.nextInt(60 * 24 * 10))
                    .atZone(SHANGHAI).toInstant();
            LocalDate day = at.atZone(SHANGHAI).toLocalDate();
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(50_000), 2);
            int pick = random.nextInt(10);
            PaymentChannel channel = channels[random.nextInt(channels.length)];
            BigDecimal fee = channel == PaymentChannel.CASH ? null
                    : amount.multiply(new BigDecimal("0.006")).setScale(2, RoundingMode.HALF_UP);
            TransactionDocument tx;
            if (pick < 6) {
                tx = new TransactionDocument(null, merchantId, "tx-" + i, at, "Asia/Shanghai", amount, Direction.IN,
                        TransactionKind.SALE, channel, null, null, TransactionSource.SIMULATED, List.of(), fee,
                        day.plusDays(channel == PaymentChannel.CASH ? 0 : 1), false, null);
            } else if (pick < 7) {
                tx = new TransactionDocument(null, merchantId, "tx-" + i, at, "Asia/Shanghai", amount, Direction.OUT,
                        TransactionKind.REFUND, channel, null, null, TransactionSource.SIMULATED, List.of(), null,
                        day.plusDays(1), false, null);
            } else {
                tx = new TransactionDocument(null, merchantId, "tx-" + i, at, "Asia/Shanghai", amount, Direction.OUT,
                        costs[random.nextInt(costs.length)], pick == 9 ? PaymentChannel.BANK_TRANSFER : null, null,
                        null, TransactionSource.SIMULATED, List.of(), null, null, false, null);
            }
            rows.add(tx);
        }
        return rows;
    }
}
