package com.merchantanalysis.simulator.archetype.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.merchantanalysis.common.data.Industry;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archetypes shipped in {@code classpath:archetypes/*.yml}, read once at startup. A file that does
 * not describe a usable archetype stops the app with the file's name and the problem.
 */
@Component
public class ArchetypeCatalog {

    private static final String LOCATION = "classpath:archetypes/*.yml";

    private final Map<String, Archetype> byName;

    public ArchetypeCatalog() {
        this.byName = load();
    }

    public Collection<Archetype> all() {
        return byName.values();
    }

    public Optional<Archetype> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** The archetype a merchant without one is simulated as: the first shipped one of its industry. */
    public Optional<Archetype> forIndustry(Industry industry) {
        return byName.values().stream().filter(a -> a.industry() == industry).findFirst();
    }

    private static Map<String, Archetype> load() {
        JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        Map<String, Archetype> archetypes = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                Archetype archetype;
                try (InputStream in = resource.getInputStream()) {
                    Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                    archetype = mapper.convertValue(tree, Archetype.class);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Archetype file " + resource.getFilename() + " is not valid: "
                            + e.getMessage(), e);
                }
                ArchetypeChecks.check(resource.getFilename(), archetype);
                if (archetypes.put(archetype.name(), archetype) != null) {
                    throw new IllegalStateException("Archetype " + archetype.name() + " is defined twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (archetypes.isEmpty()) {
            throw new IllegalStateException("No archetypes found at " + LOCATION);
        }
        return Map.copyOf(archetypes);
    }
}
