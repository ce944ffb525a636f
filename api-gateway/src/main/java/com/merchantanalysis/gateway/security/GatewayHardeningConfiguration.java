package com.merchantanalysis.gateway.security;

import com.merchantanalysis.gateway.web.ReactiveProblemWriter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;

/** The gateway's defences in front of routing and the token check (issue 8). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewaySecuritySettings.class)
class GatewayHardeningConfiguration {

    /** Picked up by Spring Security's WebFilterChainProxy in place of its empty-body 400. */
    @Bean
    ServerExchangeRejectedHandler firewallProblemHandler(ReactiveProblemWriter problems) {
        return new FirewallProblemHandler(problems);
    }

    /** Picked up by Spring Security's WebFilterChainProxy: its strict firewall, with cheaper text checks. */
    @Bean
    ServerWebExchangeFirewall firewall() {
        return FirewallText.firewall();
    }

    @Bean
    MalformedRequestGuardCustomizer malformedRequestGuardCustomizer() {
        return new MalformedRequestGuardCustomizer();
    }

    @Bean
    UntrustedForwardedHeadersWebFilter untrustedForwardedHeadersWebFilter(GatewaySecuritySettings settings) {
        return new UntrustedForwardedHeadersWebFilter(settings.trustedProxies());
    }

    @Bean
    ClientIdentityHeadersFilter clientIdentityHeadersFilter() {
        return new ClientIdentityHeadersFilter();
    }

    @Bean
    ResponseHeadersWebFilter responseHeadersWebFilter(GatewaySecuritySettings settings) {
        return new ResponseHeadersWebFilter(settings);
    }

    @Bean
    CorsProblemWebFilter corsProblemWebFilter(GatewaySecuritySettings settings, ReactiveProblemWriter problems) {
        return new CorsProblemWebFilter(settings.corsAllowedOrigins(), problems);
    }
}
