package com.merchantanalysis.gateway.console;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The merchant console served at {@code /console/} (static files from the {@code console} module).
 *
 * @param contentSecurityPolicy  sent with every console answer: scripts, styles and connections from this
 *                               origin only, no inline script, no eval, no framing
 * @param echartsWebjar          the WebJar whose {@code dist/} is served at {@code /console/vendor/echarts/}
 * @param location               where the console's files are read from; a {@code file:} folder ending in
 *                               {@code /} serves the sources as edited (console development), no rebuild
 */
@Validated
@ConfigurationProperties("merchant.gateway.console")
public record ConsoleSettings(
        @DefaultValue(DEFAULT_POLICY) @NotBlank String contentSecurityPolicy,
        @DefaultValue("echarts") @NotBlank String echartsWebjar,
        @DefaultValue("classpath:/META-INF/resources/console/") @Pattern(regexp = ".*/", message = "must end with /") String location) {

    public static final String DEFAULT_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}
