package com.merchantanalysis.gateway.config;

import java.time.Clock;

import com.merchantanalysis.common.security.ApiDocsSettings;
import com.merchantanalysis.common.security.Role;
import com.merchantanalysis.common.security.TokenAuthorities;
import com.merchantanalysis.common.security.TokenVerifier;
import com.merchantanalysis.common.security.VerifiedTokenJwtDecoder;
import com.merchantanalysis.gateway.web.ReactiveProblemWriter;
import com.merchantanalysis.gateway.web.TraceContextWebFilter;
import com.merchantanalysis.gateway.web.TraceParentHeadersFilter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import reactor.core.publisher.Mono;

/**
 * The gateway's first token check: everything but health, token issuance, sign-in, the console's static
 * files (and, locally, the API docs) needs a valid bearer token. The services check the token again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
class GatewaySecurityConfiguration {

    @Bean
    TraceContextWebFilter traceContextWebFilter() {
        return new TraceContextWebFilter();
    }

    @Bean
    TraceParentHeadersFilter traceParentHeadersFilter() {
        return new TraceParentHeadersFilter();
    }

    /**
     * Spring Security's observations are off (merchant-common.yml) and nothing reads them, yet while an
     * ObservationRegistry exists it still wrapped each filter of its chain, the authentication and the
     * authorisation in a no-op observation on every request (async-profiler, issue 21). Not wrapped at all.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ReactiveJwtDecoder reactiveJwtDecoder(TokenVerifier verifier, Clock clock) {
        VerifiedTokenJwtDecoder decoder = new VerifiedTokenJwtDecoder(verifier, clock);
        // An HS256 check costs microseconds: do it on the event loop rather than hop threads.
        return token -> Mono.fromCallable(() -> decoder.decode(token));
    }

    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
            ReactiveProblemWriter problems, ApiDocsSettings apiDocs) {
        ServerAuthenticationEntryPoint unauthorized = (exchange, e) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", challenge(e));
            boolean tokenGiven = exchange.getRequest().getHeaders().containsHeader("Authorization");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "Unauthorized", tokenGiven
                    ? "The bearer token is not valid: " + e.getMessage()
                    : "A bearer token is required (Authorization: Bearer <token>)");
        };
        ServerAccessDeniedHandler forbidden = (exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                "Forbidden", "Your client's role does not allow this operation");
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> {
                    // Most requests: merchant data through a route. Decided first, as no rule below
                    // matches these paths, so that they skip the rules' path matchers (issue 21).
                    exchanges.pathMatchers("/api/v1/*/merchants/**").authenticated();
                    exchanges.pathMatchers(HttpMethod.GET, "/health", "/services/health").permitAll();
                    // Served on the management port only; on port 8000 these paths do not exist.
                    exchanges.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                            "/actuator/info", "/actuator/prometheus").permitAll();
                    exchanges.pathMatchers(HttpMethod.POST, "/auth/token", "/auth/login").permitAll();
                    // The console's static files; everything it shows comes from the API with the user's token.
                    exchanges.pathMatchers(HttpMethod.GET, "/console", "/console/**").permitAll();
                    exchanges.pathMatchers(HttpMethod.HEAD, "/console", "/console/**").permitAll();
                    if (apiDocs.publicAccess()) {
                        exchanges.pathMatchers(HttpMethod.GET, ApiDocsSettings.PATHS).permitAll();
                    } else {
                        exchanges.pathMatchers(ApiDocsSettings.PATHS).hasRole(Role.ADMIN.name());
                    }
                    exchanges.pathMatchers("/auth/clients", "/auth/clients/**", "/auth/users", "/auth/users/**")
                            .hasRole(Role.ADMIN.name());
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(TokenAuthorities.converter())))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    /** RFC 6750 challenge: plain {@code Bearer} without a token, {@code error="invalid_token"} with a bad one. */
    private static String challenge(AuthenticationException e) {
        if (e instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
            return "Bearer error=\"" + error.getErrorCode() + "\", error_description=\""
                    + error.getDescription().replace("\"", "'") + "\"";
        }
        if (e instanceof OAuth2AuthenticationException oauth) {
            return "Bearer error=\"" + oauth.getError().getErrorCode() + "\"";
        }
        return "Bearer";
    }
}
