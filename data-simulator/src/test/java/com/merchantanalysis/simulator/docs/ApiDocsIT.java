package com.merchantanalysis.simulator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantanalysis.common.testsupport.ServiceApiTest;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI description Swagger UI shows: something a person can try, a file upload included. */
class ApiDocsIT extends ServiceApiTest {

    private static final String IMPORT = "/api/v1/simulator/merchants/{merchantId}/transactions:import";

    private JsonNode docs() {
        var docs = http.get("/api/v1/simulator/v3/api-docs", TestTokens.admin());
        assertThat(docs.status()).isEqualTo(200);
        return docs.json();
    }

    @Test
    void theDefinitionHasATitleAVersionAndTheBearerSchemeForEveryOperation() {
        JsonNode docs = docs();

        assertThat(docs.get("info").get("title").asString()).isEqualTo("data-simulator");
        assertThat(docs.get("info").get("version").asString()).isEqualTo("v1");
        JsonNode bearer = docs.get("components").get("securitySchemes").get("bearer");
        assertThat(bearer.get("type").asString()).isEqualTo("http");
        assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
        assertThat(docs.get("security").findValues("bearer")).isNotEmpty();
    }

    @Test
    void bootsErrorPageIsNotAnOperation() {
        assertThat(docs().get("paths").propertyNames()).doesNotContain("/error");
    }

    @Test
    void theImportDeclaresItsFileBodiesSoThatSwaggerUiCanSendAFile() {
        JsonNode operation = docs().get("paths").get(IMPORT).get("post");

        JsonNode content = operation.get("requestBody").get("content");
        assertThat(operation.get("requestBody").get("required").asBoolean()).isTrue();
        JsonNode form = content.get("multipart/form-data").get("schema").get("properties");
        assertThat(form.get("file").get("type").asString()).isEqualTo("string");
        assertThat(form.get("file").get("format").asString()).isEqualTo("binary");
        assertThat(content.get("text/csv").get("schema").get("format").asString()).isEqualTo("binary");
        assertThat(content.has("application/x-ndjson")).isTrue();
        // the media type is the request's, not a parameter to fill in
        assertThat(operation.get("parameters").findValuesAsString("name")).containsExactlyInAnyOrder("merchantId",
                "format", "Prefer");
        assertThat(operation.get("responses").propertyNames()).contains("200", "202");
    }

    @Test
    void theMerchantEditIsAMergePatchWithItsFields() {
        JsonNode operation = docs().get("paths").get("/api/v1/simulator/merchants/{merchantId}").get("patch");

        JsonNode content = operation.get("requestBody").get("content");
        assertThat(content.propertyNames()).containsExactlyInAnyOrder("application/merge-patch+json",
                "application/json");
        String schema = content.get("application/merge-patch+json").get("schema").get("$ref").asString();
        JsonNode properties = docs().get("components").get("schemas")
                .get(schema.substring(schema.lastIndexOf('/') + 1)).get("properties");
        assertThat(properties.propertyNames()).containsExactlyInAnyOrder("name", "industry", "city", "cityTier",
                "openingCashBalance", "channels", "licences");
        assertThat(properties.get("openingCashBalance").get("type").asString()).isEqualTo("number");
        assertThat(properties.get("licences").get("type").asString()).isEqualTo("array");
        assertThat(operation.get("responses").propertyNames()).contains("200");
    }

    @Test
    void jobsAreOneOperationForSimulationsAndImports() {
        JsonNode paths = docs().get("paths");

        assertThat(paths.get("/api/v1/simulator/jobs/{jobId}").get("get").get("description").asString())
                .contains("SIMULATION", "IMPORT");
    }
}
