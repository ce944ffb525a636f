package com.merchantanalysis.costs.benchmark.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.costs.benchmark.domain.BenchmarkBook.Profile;
import com.merchantanalysis.costs.benchmark.domain.BenchmarkBook.Range;
import com.merchantanalysis.costs.benchmark.domain.BenchmarkBook.Source;
import com.merchantanalysis.costs.config.CostSettings;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.json.JsonMapper;

class BenchmarkCatalogTest {

    private static final CostSettings SETTINGS = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("merchant.costs", CostSettings.class);
    private final BenchmarkCatalog catalog = new BenchmarkCatalog(new DefaultResourceLoader(), SETTINGS,
            JsonMapper.builder().build());

    @Test
    void theShippedFileIsVersionedDatedAndEveryIndustryHasAProfile() {
        assertThat(catalog.version()).isNotBlank();
        assertThat(catalog.effectiveDate()).isBefore(LocalDate.of(2030, 1, 1));
        for (Industry industry : Industry.values()) {
            assertThat(catalog.profileKey(merchant(industry, null))).as(industry.name()).contains(industry.name());
        }
    }

    @Test
    void anArchetypeOverridesItsIndustryAndInheritsTheRest() {
        MerchantDocument hotpot = merchant(Industry.RESTAURANT, "hotpot");
        MerchantDocument unknownArchetype = merchant(Industry.RESTAURANT, "space-noodles");

        assertThat(catalog.profileKey(hotpot)).contains("hotpot");
        assertThat(catalog.profileKey(unknownArchetype)).contains("RESTAURANT");
        assertThat(catalog.ranges("hotpot").get(BenchmarkRatio.COGS_PCT).low()).isEqualByComparingTo("35");
        assertThat(catalog.ranges("hotpot").get(BenchmarkRatio.PRIME_COST_PCT).source()).isEqualTo("us-restaurant-prime-cost");
        assertThat(catalog.tierFactor(BenchmarkRatio.OCCUPANCY_PCT, 1)).get()
                .extracting(BenchmarkCatalog.TierFactorUse::factor).isEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void aRangeCitingNoKnownSourceStopsTheService() {
        BenchmarkBook book = new BenchmarkBook("1", "2026-01-01", List.of(new Source("a", "t", "p", "2020", null)),
                List.of(new Profile("RESTAURANT", null, Map.of(BenchmarkRatio.COGS_PCT,
                        new Range(BigDecimal.ONE, BigDecimal.TEN, "nowhere", true, null)))),
                List.of());

        assertThatThrownBy(() -> new BenchmarkCatalog(book)).hasMessageContaining("nowhere");
    }

    private static MerchantDocument merchant(Industry industry, String archetype) {
        return new MerchantDocument("m", "m", industry, "Chengdu", LocalDate.of(2020, 1, 1), "Asia/Shanghai", List.of(),
                List.of(), BigDecimal.ZERO, 1, Instant.now(), archetype, 3);
    }
}
