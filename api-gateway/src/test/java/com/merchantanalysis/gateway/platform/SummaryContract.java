package com.merchantanalysis.gateway.platform;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Checks the gateway's reading of a service's summary (a record in {@code analyze.upstream}) against the
 * schema the service publishes in its OpenAPI document: every field the gateway reads must be there, with
 * a type the gateway can read it as. A service renaming a field or turning a number into text fails it.
 */
final class SummaryContract {

    private final JsonNode api;

    SummaryContract(JsonNode api) {
        this.api = api;
    }

    /** The mismatches between {@code view} and the 200 answer of {@code GET path}, empty when they agree. */
    List<String> mismatches(String path, Class<?> view) {
        JsonNode operation = api.get("paths").get(path);
        if (operation == null || operation.get("get") == null) {
            return List.of("no GET " + path + " in the service's OpenAPI document");
        }
        JsonNode content = operation.get("get").get("responses").get("200").get("content");
        JsonNode schema = content.properties().iterator().next().getValue().get("schema");
        List<String> problems = new ArrayList<>();
        compare(view.getSimpleName(), view, false, schema, problems);
        return problems;
    }

    /** @param anyScalar the gateway reads this text field from any scalar (its ScalarAsText reader) */
    private void compare(String where, Type type, boolean anyScalar, JsonNode schema, List<String> problems) {
        JsonNode resolved = resolve(schema);
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        String actual = resolved.has("type") ? resolved.get("type").asString() : "object";
        String expected = expectedType(raw);
        if (!expected.equals(actual) && !(anyScalar && List.of("string", "integer", "number").contains(actual))) {
            problems.add(where + ": the gateway reads " + raw.getSimpleName() + " (" + expected + "), the service "
                    + "publishes " + actual);
            return;
        }
        if (raw.isRecord()) {
            JsonNode properties = resolved.get("properties");
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonNode property = properties == null ? null : properties.get(component.getName());
                if (property == null) {
                    problems.add(where + "." + component.getName() + ": read by the gateway, not published");
                } else {
                    JsonDeserialize reader = component.getAccessor().getAnnotation(JsonDeserialize.class);
                    boolean scalar = reader != null && reader.using().getSimpleName().equals("ScalarAsText");
                    compare(where + "." + component.getName(), component.getGenericType(), scalar, property, problems);
                }
            }
        } else if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            compare(where + "[]", p.getActualTypeArguments()[0], false, resolved.get("items"), problems);
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
        return resolve(api.get("components").get("schemas").get(name));
    }

    private static String expectedType(Class<?> raw) {
        if (raw == String.class || raw == LocalDate.class) {
            return "string";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return "integer";
        }
        if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            return "number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        return List.class.isAssignableFrom(raw) ? "array" : "object";
    }
}
