package com.merchantanalysis.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantanalysis.common.testsupport.TestHttp;

/** Merchants created through the gateway for the end-to-end suites. */
public final class TestMerchants {

    private TestMerchants() {
    }

    /** A licensed Chengdu restaurant; returns its id. */
    public static String create(TestHttp gateway, String token, String name) {
        var created = gateway.post("/api/v1/simulator/merchants", token, """
                {"name": "%s", "industry": "RESTAURANT", "city": "Chengdu", "openingDate": "2022-03-01",
                 "licences": [{"kind": "FOOD_BUSINESS_LICENCE", "number": "JY1510105", "validUntil": "2030-06-30"}],
                 "openingCashBalance": 88000.50}""".formatted(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
