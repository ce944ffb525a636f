package com.merchantanalysis.common.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on requests, shared by the gateway and every service.
 *
 * @param maxRequestBody  larger bodies are refused with 413 before they are read; above data-simulator's
 *                        20 MB import limit, so that its own, more specific 413 answers first
 */
@ConfigurationProperties("merchant.web")
public record RequestLimitsSettings(@DefaultValue("32MB") DataSize maxRequestBody) {

    public RequestLimitsSettings {
        if (maxRequestBody.toBytes() <= 0) {
            throw new IllegalArgumentException("merchant.web.max-request-body must be positive");
        }
    }
}
