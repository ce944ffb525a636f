package com.merchantanalysis.costs.benchmark.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.costs.benchmark.domain.BenchmarkBook.Note;
import com.merchantanalysis.costs.benchmark.domain.BenchmarkBook.Profile;
import com.merchantanalysis.costs.benchmark.domain.BenchmarkBook.Range;
import com.merchantanalysis.costs.benchmark.domain.BenchmarkBook.Source;
import com.merchantanalysis.costs.benchmark.domain.BenchmarkBook.TierFactor;
import com.merchantanalysis.costs.config.CostSettings;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark file, read and checked once at startup: every range cites a known source and has
 * low ≤ high, every note reads in Chinese and English, every {@code extends} names a profile. A broken file stops the service rather than
 * letting it compare merchants with wrong numbers.
 */
@Component
public class BenchmarkCatalog {

    private final BenchmarkBook book;
    private final LocalDate effectiveDate;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Map<BenchmarkRatio, Range>> profiles = new LinkedHashMap<>();

    @Autowired
    BenchmarkCatalog(ResourceLoader resources, CostSettings settings, JsonMapper json) {
        this(read(resources.getResource(settings.benchmarkFile()), json));
    }

    BenchmarkCatalog(BenchmarkBook book) {
        this.book = book;
        this.effectiveDate = LocalDate.parse(book.effectiveDate());
        if (book.version() == null || book.version().isBlank()) {
            throw new IllegalStateException("The benchmark file has no version");
        }
        book.sources().forEach(source -> sources.put(source.id(), source));
        Map<String, Profile> byKey = new LinkedHashMap<>();
        book.profiles().forEach(profile -> byKey.put(profile.key(), profile));
        for (Profile profile : book.profiles()) {
            profiles.put(profile.key(), resolve(profile, byKey, 0));
        }
        for (TierFactor factor : book.cityTierFactors()) {
            requireSource(factor.source(), "city tier factors of " + factor.ratio());
            // The note says why the range moves with the city: it is part of every scaled range's note.
            if (factor.note() == null) {
                throw new IllegalStateException("Benchmark city tier factors of " + factor.ratio() + " need a note");
            }
            requireBothLanguages(factor.note(), "city tier factors of " + factor.ratio());
        }
    }

    private static BenchmarkBook read(Resource resource, JsonMapper json) {
        try (InputStream in = resource.getInputStream()) {
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return json.convertValue(tree, BenchmarkBook.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the benchmark file " + resource, e);
        }
    }

    private Map<BenchmarkRatio, Range> resolve(Profile profile, Map<String, Profile> byKey, int depth) {
        if (depth > 10) {
            throw new IllegalStateException("Benchmark profiles extend each other in a circle at " + profile.key());
        }
        Map<BenchmarkRatio, Range> ratios = new EnumMap<>(BenchmarkRatio.class);
        if (profile.extendsKey() != null) {
            Profile parent = byKey.get(profile.extendsKey());
            if (parent == null) {
                throw new IllegalStateException("Benchmark profile " + profile.key() + " extends unknown "
                        + profile.extendsKey());
            }
            ratios.putAll(resolve(parent, byKey, depth + 1));
        }
        if (profile.ratios() != null) {
            profile.ratios().forEach((ratio, range) -> {
                requireSource(range.source(), profile.key() + "." + ratio);
                requireBothLanguages(range.note(), profile.key() + "." + ratio);
                if (range.low() == null || range.high() == null || range.low().compareTo(range.high()) > 0) {
                    throw new IllegalStateException("Benchmark range " + profile.key() + "." + ratio + " needs low <= high");
                }
                ratios.put(ratio, range);
            });
        }
        return ratios;
    }

    private void requireSource(String id, String where) {
        if (!sources.containsKey(id)) {
            throw new IllegalStateException("Benchmark " + where + " cites unknown source " + id);
        }
    }

    /** A note is shown to merchants: it must read in both languages of the answers. */
    private static void requireBothLanguages(Note note, String where) {
        if (note != null && !note.complete()) {
            throw new IllegalStateException("Benchmark " + where + " needs its note in zh and en");
        }
    }

    public String version() {
        return book.version();
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public Source source(String id) {
        return sources.get(id);
    }

    /** The profile for the merchant: its archetype's if the file has one, else its industry's. */
    public Optional<String> profileKey(MerchantDocument merchant) {
        if (merchant.archetype() != null && profiles.containsKey(merchant.archetype())) {
            return Optional.of(merchant.archetype());
        }
        if (merchant.industry() != null && profiles.containsKey(merchant.industry().name())) {
            return Optional.of(merchant.industry().name());
        }
        return Optional.empty();
    }

    public Map<BenchmarkRatio, Range> ranges(String profileKey) {
        return profiles.getOrDefault(profileKey, Map.of());
    }

    /** The multiplier of {@code ratio}'s range for a city tier, if the file scales it. */
    public Optional<TierFactorUse> tierFactor(BenchmarkRatio ratio, int cityTier) {
        return book.cityTierFactors().stream().filter(factor -> factor.ratio() == ratio).findFirst()
                .flatMap(factor -> Optional.ofNullable(factor.factors().get(Integer.toString(cityTier)))
                        .map(value -> new TierFactorUse(value, factor)));
    }

    /** A tier factor as applied to one merchant. */
    public record TierFactorUse(BigDecimal factor, TierFactor definition) {
    }
}
