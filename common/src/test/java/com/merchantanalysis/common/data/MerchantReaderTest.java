package com.merchantanalysis.common.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.merchantanalysis.common.testsupport.EmbeddedMongo;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The end of every service's default period, over the embedded MongoDB wire server. */
class MerchantReaderTest {

    private final MongoClient client = MongoClients.create(EmbeddedMongo.stores().mongoUri("merchant_reader_test"));
    private final MongoTemplate mongo = new MongoTemplate(client, "merchant_reader_test");
    private final MerchantReader reader = new MerchantReader(mongo);
    private final String merchantId = UUID.randomUUID().toString();

    @AfterEach
    void close() {
        client.close();
    }

    private void day(LocalDate date, long transactions) {
        mongo.insert(new DailySummaryDocument(DailySummaryDocument.idOf(merchantId, date), merchantId, date,
                BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN, transactions, null, null, null, null, null,
                transactions, 0));
    }

    private MerchantDocument merchant(long dataVersion) {
        return new MerchantDocument(merchantId, "Test", null, "Chengdu", LocalDate.of(2024, 1, 1), "Asia/Shanghai",
                null, null, BigDecimal.ZERO, dataVersion, null, null, null);
    }

    @Test
    void aDayWithOnlySettlementsOfEarlierSalesIsNotTheLastDay() {
        day(LocalDate.of(2024, 6, 29), 40);
        day(LocalDate.of(2024, 6, 30), 35);
        day(LocalDate.of(2024, 7, 1), 0);

        assertThat(reader.lastDayWithTransactions(merchant(1))).contains(LocalDate.of(2024, 6, 30));
    }

    @Test
    void aMerchantWithoutTransactionsHasNoLastDay() {
        assertThat(reader.lastDayWithTransactions(merchant(0))).isEmpty();
    }

    @Test
    void theAnswerHoldsForItsDataVersionAndNewDataIsSeenUnderTheNextOne() {
        day(LocalDate.of(2024, 6, 30), 35);
        assertThat(reader.lastDayWithTransactions(merchant(1))).contains(LocalDate.of(2024, 6, 30));

        day(LocalDate.of(2024, 7, 5), 12);

        assertThat(reader.lastDayWithTransactions(merchant(1))).as("remembered for version 1")
                .contains(LocalDate.of(2024, 6, 30));
        assertThat(reader.lastDayWithTransactions(merchant(2))).contains(LocalDate.of(2024, 7, 5));
    }
}
