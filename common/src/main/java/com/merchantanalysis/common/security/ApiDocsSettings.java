package com.merchantanalysis.common.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read the OpenAPI descriptions and Swagger UI.
 *
 * @param publicAccess  true: anyone (local runs); false: ADMIN tokens only (docker/prod profile)
 */
@ConfigurationProperties("merchant.api-docs")
public record ApiDocsSettings(@DefaultValue("false") boolean publicAccess) {

    /** Paths of the OpenAPI descriptions and Swagger UI, in the gateway and in each service. */
    public static final String[] PATHS = {
        "/v3/api-docs", "/v3/api-docs/**", "/api/v1/*/v3/api-docs", "/api/v1/*/v3/api-docs/**",
        "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**"
    };
}
