package com.merchantanalysis.compliance.rules.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.merchantanalysis.compliance.rules.model.Dimension;
import com.merchantanalysis.compliance.rules.model.RuleDefinition;
import com.merchantanalysis.compliance.rules.model.RuleParameters;
import com.merchantanalysis.compliance.rules.model.RuleSet;
import com.merchantanalysis.compliance.rules.model.RuleVersion;
import com.merchantanalysis.compliance.rules.model.Severity;
import com.merchantanalysis.compliance.wording.LocalizedText;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The published rules: one YAML file per rule under {@code rules/}, plus {@code rules/rule-sets.yml}
 * naming combinations of versions that a check can pin. Read once; immutable afterwards.
 */
public final class RuleCatalogue {

    public static final String RULE_FILES = "classpath:rules/*.yml";
    private static final String RULE_SETS_FILE = "rule-sets.yml";

    private final Map<String, RuleDefinition> rules;
    private final Map<String, RuleSet> ruleSets;

    public RuleCatalogue(Map<String, RuleDefinition> rules, Map<String, RuleSet> ruleSets) {
        this.rules = new TreeMap<>(rules);
        this.ruleSets = new LinkedHashMap<>(ruleSets);
        this.ruleSets.values().forEach(this::checkRuleSet);
    }

    /** Loads every rule file on the classpath. */
    public static RuleCatalogue load() {
        return load(RULE_FILES);
    }

    public static RuleCatalogue load(String pattern) {
        Map<String, RuleDefinition> rules = new TreeMap<>();
        Map<String, RuleSet> sets = new LinkedHashMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            for (Resource resource : resources) {
                Object parsed = parse(resource);
                if (RULE_SETS_FILE.equals(resource.getFilename())) {
                    for (Object item : list(parsed, "ruleSets", resource.getFilename())) {
                        RuleSet set = ruleSet(map(item, resource.getFilename()));
                        sets.put(set.version(), set);
                    }
                } else {
                    RuleDefinition rule = rule(map(parsed, resource.getFilename()));
                    if (rules.put(rule.id(), rule) != null) {
                        throw new IllegalStateException("Rule " + rule.id() + " is defined twice");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule catalogue", e);
        }
        return new RuleCatalogue(rules, sets);
    }

    public List<RuleDefinition> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<RuleDefinition> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public List<RuleSet> ruleSets() {
        return List.copyOf(ruleSets.values());
    }

    /** One published version of a rule, e.g. the one a stored finding names. */
    public Optional<RuleVersion> version(String ruleId, int version) {
        return rule(ruleId).flatMap(rule -> rule.version(version));
    }

    public Optional<RuleSet> ruleSet(String version) {
        return Optional.ofNullable(ruleSets.get(version));
    }

    private void checkRuleSet(RuleSet set) {
        set.rules().forEach((ruleId, version) -> {
            RuleDefinition rule = rules.get(ruleId);
            if (rule == null || rule.version(version).isEmpty()) {
                throw new IllegalStateException("Rule set " + set.version() + " names unknown " + ruleId + " v" + version);
            }
        });
    }

    private static Object parse(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    private static RuleDefinition rule(Map<String, Object> yaml) {
        String id = text(yaml, "id");
        Dimension dimension = Dimension.valueOf(text(yaml, "dimension"));
        List<RuleVersion> versions = new ArrayList<>();
        for (Object item : list(yaml.get("versions"), "versions", id)) {
            Map<String, Object> v = map(item, id);
            @SuppressWarnings("unchecked")
            Map<String, Object> parameters = (Map<String, Object>) v.getOrDefault("parameters", Map.of());
            int number = ((Number) v.get("version")).intValue();
            versions.add(new RuleVersion(id, number, date(v.get("effectiveFrom"), id),
                    Severity.valueOf(text(v, "severity")), dimension, localized(v, "title", id),
                    localized(v, "citation", id), localized(v, "whatItMeans", id), localized(v, "howToFix", id),
                    new RuleParameters(id + " v" + number, parameters)));
        }
        versions.sort(Comparator.comparing(RuleVersion::effectiveFrom));
        if (versions.isEmpty()) {
            throw new IllegalStateException("Rule " + id + " has no versions");
        }
        return new RuleDefinition(id, dimension, versions);
    }

    private static RuleSet ruleSet(Map<String, Object> yaml) {
        Map<String, Integer> rules = new TreeMap<>();
        map(yaml.get("rules"), "rules").forEach((k, v) -> rules.put(k, ((Number) v).intValue()));
        return new RuleSet(text(yaml, "version"), date(yaml.get("published"), "ruleSets"),
                localized(yaml, "description", "ruleSets"), rules);
    }

    /** A text written as {@code {zh-CN: ..., en: ...}}; both languages are required. */
    private static LocalizedText localized(Map<String, Object> yaml, String key, String owner) {
        Map<String, Object> texts = map(yaml.get(key), owner + " " + key);
        return new LocalizedText(text(texts, "zh-CN").strip(), text(texts, "en").strip());
    }

    private static String text(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        if (value == null) {
            throw new IllegalStateException("Rule file entry lacks '" + key + "': " + yaml.keySet());
        }
        return value.toString();
    }

    private static LocalDate date(Object value, String owner) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (value == null) {
            throw new IllegalStateException(owner + ": a date is missing");
        }
        return LocalDate.parse(value.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String owner) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalStateException(owner + ": expected a map");
    }

    private static List<?> list(Object value, String key, String owner) {
        if (value instanceof Map<?, ?> map) {
            value = map.get(key);
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalStateException(owner + ": expected a list '" + key + "'");
    }
}
