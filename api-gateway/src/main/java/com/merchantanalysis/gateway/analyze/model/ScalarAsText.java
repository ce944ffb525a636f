package com.merchantanalysis.gateway.analyze.model;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a number or a string as text, for identifiers a service may send either way (a rule version
 * is {@code 3} from one service and {@code "2024-01"} from another); strict reading would drop the
 * whole section over it.
 */
class ScalarAsText extends ValueDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.currentToken().isScalarValue()) {
            return context.reportInputMismatch(String.class, "expected a number or a string");
        }
        return parser.getValueAsString();
    }
}
