package com.merchantanalysis.costs.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.common.testsupport.ServiceApiTest;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The cost-analyzer on a random port against the shared embedded MongoDB and a real Redis. Every API test
 * of the module extends it, so that they all share one Spring context.
 */
public abstract class CostApiTest extends ServiceApiTest {

    protected static final String MERCHANTS = "/api/v1/costs/merchants/";

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.url", TestRedis::uri);
    }

    /** GET as an ADMIN, expecting 200, the body as JSON. */
    protected JsonNode ok(String path) {
        TestHttp.Response response = http.get(path, TestTokens.admin());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** GET as an ADMIN with {@code Accept-Language: en}, expecting 200: the sentences in English. */
    protected JsonNode english(String path) {
        return ok(path, "en");
    }

    /** GET as an ADMIN with the given Accept-Language, expecting 200, the body as JSON. */
    protected JsonNode ok(String path, String acceptLanguage) {
        TestHttp.Response response = http.send(http.request(path, TestTokens.admin())
                .header("Accept-Language", acceptLanguage).GET());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The fields a 400 problem+json names. */
    protected static List<String> fieldsOf(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json().get("errors").findValuesAsString("field");
    }

    /** Builds and stores a test-kit merchant with its transactions (and so its daily rollups). */
    protected MerchantData.Result store(MerchantData data) {
        return MerchantDataStore.store(mongo, data.build());
    }
}
