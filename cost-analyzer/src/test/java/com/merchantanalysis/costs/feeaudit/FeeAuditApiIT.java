package com.merchantanalysis.costs.feeaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.costs.support.CostApiTest;
import com.merchantanalysis.costs.support.Fixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The fee audit finds a planted overcharge (0.8% charged on a 0.6% contract) with the right yuan amount. */
class FeeAuditApiIT extends CostApiTest {

    private static final String WINTER = "?from=2024-12-01&to=2025-02-28";
    private MerchantData.Result planted;

    @BeforeEach
    void data() {
        planted = Fixtures.planted(mongo);
    }

    @Test
    void aPlantedOverchargeIsFoundWithTheYuanAmountTheTransactionsShow() {
        JsonNode body = ok(MERCHANTS + Fixtures.PLANTED + "/fee-audit" + WINTER);

        List<TransactionDocument> wechat = sales(PaymentChannel.WECHAT_PAY, Fixtures.OVERCHARGE_FROM, Fixtures.END);
        BigDecimal sales = wechat.stream().map(TransactionDocument::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fees = wechat.stream().map(TransactionDocument::fee).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal overcharge = fees.subtract(MerchantData.STANDARD_RATE.multiply(sales)).setScale(2, RoundingMode.HALF_UP);

        JsonNode channel = channel(body, "WECHAT_PAY");
        assertThat(channel.get("status").asString()).isEqualTo("OVERCHARGED");
        assertThat(channel.get("contractedRatePct").decimalValue()).isEqualByComparingTo("0.600");
        assertThat(channel.get("effectiveRatePct").decimalValue()).isBetween(new BigDecimal("0.795"), new BigDecimal("0.805"));
        assertThat(channel.get("sales").decimalValue()).isEqualByComparingTo(sales);
        assertThat(channel.get("overchargeYuan").decimalValue()).isEqualByComparingTo(overcharge);
        // 0.2 points of the channel's sales, give or take the cents each fee was rounded to.
        assertThat(overcharge).isCloseTo(sales.multiply(new BigDecimal("0.002")), org.assertj.core.data.Offset.offset(new BigDecimal("5")));
        assertThat(body.get("totalOverchargeYuan").decimalValue()).isEqualByComparingTo(overcharge);
        assertThat(channel.get("flaggedTransactions").asLong()).isEqualTo(wechat.size());
    }

    @Test
    void theEvidenceIsThePlantedSalesLargestExcessFirstPageByPage() {
        Set<String> plantedSales = planted.transactions().stream()
                .filter(tx -> tx.labels().contains(PlantedEvent.FEE_OVERCHARGE.label()))
                .map(TransactionDocument::externalId).collect(Collectors.toSet());

        JsonNode first = channel(ok(MERCHANTS + Fixtures.PLANTED + "/fee-audit" + WINTER + "&size=5"), "WECHAT_PAY");
        JsonNode second = channel(ok(MERCHANTS + Fixtures.PLANTED + "/fee-audit" + WINTER + "&size=5&page=1"), "WECHAT_PAY");

        List<String> ids = new ArrayList<>();
        List<BigDecimal> excesses = new ArrayList<>();
        for (JsonNode page : List.of(first, second)) {
            assertThat(page.get("evidence")).hasSize(5);
            for (JsonNode sale : page.get("evidence")) {
                ids.add(sale.get("externalId").asString());
                excesses.add(sale.get("excess").decimalValue());
                assertThat(sale.get("fee").decimalValue().subtract(sale.get("contractedFee").decimalValue()))
                        .isEqualByComparingTo(sale.get("excess").decimalValue());
            }
        }
        assertThat(plantedSales).containsAll(ids);
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(excesses).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void channelsChargingTheirContractAreNotFlagged() {
        JsonNode winter = ok(MERCHANTS + Fixtures.PLANTED + "/fee-audit" + WINTER);
        JsonNode summer = ok(MERCHANTS + Fixtures.PLANTED + "/fee-audit?from=2024-06-01&to=2024-08-31");

        for (String name : List.of("ALIPAY", "UNIONPAY_CARD")) {
            JsonNode channel = channel(winter, name);
            assertThat(channel.get("status").asString()).as(name).isEqualTo("OK");
            assertThat(channel.get("overchargeYuan").decimalValue()).isZero();
            assertThat(channel.get("flaggedTransactions").asLong()).isZero();
            assertThat(channel.get("evidence")).isEmpty();
        }
        assertThat(channel(summer, "WECHAT_PAY").get("status").asString()).isEqualTo("OK");
        assertThat(summer.get("totalOverchargeYuan").decimalValue()).isZero();
    }

    @Test
    void aPageLargerThanAllowedIs400() {
        assertThat(fieldsOf(http.get(MERCHANTS + Fixtures.PLANTED + "/fee-audit" + WINTER + "&size=100000",
                com.merchantanalysis.common.testsupport.TestTokens.admin()))).containsExactly("size");
        assertThat(fieldsOf(http.get(MERCHANTS + Fixtures.PLANTED + "/fee-audit" + WINTER + "&page=-1",
                com.merchantanalysis.common.testsupport.TestTokens.admin()))).containsExactly("page");
    }

    private List<TransactionDocument> sales(PaymentChannel channel, LocalDate from, LocalDate to) {
        return planted.transactions().stream()
                .filter(tx -> tx.kind() == TransactionKind.SALE && tx.channel() == channel)
                .filter(tx -> {
                    LocalDate day = tx.timestamp().atZone(MerchantData.ZONE).toLocalDate();
                    return !day.isBefore(from) && !day.isAfter(to);
                })
                .toList();
    }

    private static JsonNode channel(JsonNode body, String channel) {
        for (JsonNode node : body.get("channels")) {
            if (node.get("channel").asString().equals(channel)) {
                return node;
            }
        }
        throw new AssertionError("No channel " + channel + " in " + body);
    }
}
