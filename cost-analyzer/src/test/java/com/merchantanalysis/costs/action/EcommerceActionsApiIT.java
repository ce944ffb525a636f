package com.merchantanalysis.costs.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.costs.support.CostApiTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An online seller turning over about ¥2M a month whose Alipay charged 0.75% against a 0.6% contract for 60 of
 * the 90 days (data-simulator's FEE_OVERCHARGE on its ecommerce archetype). The trial of issue 16 saw that
 * overcharge fall out of the report's top three behind figures that were no savings at all (a turnover, a
 * balance bound); here every yuan a month is a saving with its derivation.
 */
class EcommerceActionsApiIT extends CostApiTest {

    private static final String ID = "ecommerce-alipay-overcharge";
    private static final String PERIOD = "?from=2025-09-08&to=2025-12-06";
    private static boolean stored;

    @BeforeEach
    void shop() {
        if (!stored) {
            MerchantDataStore.store(mongo, MerchantData.ecommerce(ID, 42, LocalDate.of(2025, 8, 9), LocalDate.of(2025, 12, 6))
                    .overcharge(PaymentChannel.ALIPAY, "0.0075", LocalDate.of(2025, 9, 8), LocalDate.of(2025, 11, 6)).build());
            stored = true;
        }
    }

    @Test
    void theFeeOverchargeIsInTheMoneyTopThreeWithItsDerivation() {
        JsonNode report = english(MERCHANTS + ID + "/actions" + PERIOD);
        JsonNode audit = ok(MERCHANTS + ID + "/fee-audit" + PERIOD);

        List<String> topThree = new ArrayList<>();
        report.get("actions").forEach(action -> topThree.add(action.get("title").asString()));
        assertThat(topThree.subList(0, Math.min(3, topThree.size())))
                .contains("Claim back Alipay fees above the contracted rate");
        JsonNode claim = report.get("actions").get(topThree.indexOf("Claim back Alipay fees above the contracted rate"));
        assertThat(claim.get("monthlyImpactYuan").decimalValue())
                .isEqualByComparingTo(channel(audit, "ALIPAY").get("overchargePerMonth").decimalValue());
        assertThat(claim.get("derivation").asString()).matches("0\\.\\d{2,4} percentage points over the contracted 0\\.60%"
                + " × ¥[\\d,]+\\.\\d\\d monthly Alipay sales ≈ ¥[\\d,]+\\.\\d\\d a month \\(¥[\\d,]+\\.\\d\\d over the period’s"
                + " 90 days\\)");
        // Steering customers away from Alipay would count the same overcharge a second time.
        assertThat(topThree).noneMatch(title -> title.startsWith("Steer customers from Alipay"));
    }

    @Test
    void everyYuanAMonthIsASavingNeverATurnoverOrABalance() {
        JsonNode report = ok(MERCHANTS + ID + "/actions" + PERIOD);
        BigDecimal monthlyRevenue = ok(MERCHANTS + ID + "/break-even" + PERIOD).get("base").get("revenuePerMonth")
                .decimalValue();

        assertThat(report.get("actions")).isNotEmpty();
        for (JsonNode action : report.get("actions")) {
            String title = action.get("title").asString();
            assertThat(action.get("derivation").asString()).as(title).isNotBlank();
            // A saving is a sliver of turnover; the trial's first action, ¥2,002,140.05, was the turnover itself.
            assertThat(action.get("monthlyImpactYuan").decimalValue()).as(title)
                    .isLessThan(monthlyRevenue.movePointLeft(2));
        }
        for (JsonNode risk : report.get("riskActions")) {
            assertThat(risk.has("monthlyImpactYuan")).isFalse();
        }
        assertThat(report.get("completeness").get("status").asString()).isEqualTo("COMPLETE");
    }

    private static JsonNode channel(JsonNode audit, String name) {
        for (JsonNode channel : audit.get("channels")) {
            if (channel.get("channel").asString().equals(name)) {
                return channel;
            }
        }
        throw new AssertionError("No channel " + name);
    }
}
