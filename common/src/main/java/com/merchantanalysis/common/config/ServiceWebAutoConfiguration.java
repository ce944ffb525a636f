package com.merchantanalysis.common.config;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.merchantanalysis.common.security.ApiDocsSettings;
import com.merchantanalysis.common.security.Role;
import com.merchantanalysis.common.security.TokenAuthorities;
import com.merchantanalysis.common.security.TokenVerifier;
import com.merchantanalysis.common.security.VerifiedTokenJwtDecoder;
import com.merchantanalysis.common.web.MerchantLogContextInterceptor;
import com.merchantanalysis.common.web.ProblemDetailsAdvice;
import com.merchantanalysis.common.web.ProblemErrorController;
import com.merchantanalysis.common.web.ProblemErrorReportValve;
import com.merchantanalysis.common.web.ProblemRequestRejectedHandler;
import com.merchantanalysis.common.web.RequestBodyLimitFilter;
import com.merchantanalysis.common.web.RequestLimitsSettings;
import com.merchantanalysis.common.web.ServletProblemWriter;
import com.merchantanalysis.common.web.TraceContextFilter;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every Web MVC service gets from {@code common}: trace context (and the merchant a request names)
 * in the log context, problem+json errors and the
 * second token check (a call that bypasses the gateway is refused just the same).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration" },
        after = TokenVerificationAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(RequestLimitsSettings.class)
public class ServiceWebAutoConfiguration {

    @Bean
    FilterRegistrationBean<TraceContextFilter> traceContextFilter() {
        FilterRegistrationBean<TraceContextFilter> registration = new FilterRegistrationBean<>(new TraceContextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** merchantId in the log context of every request whose path names a merchant. */
    @Bean
    WebMvcConfigurer merchantLogContext() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new MerchantLogContextInterceptor());
            }
        };
    }

    /** Replaces Tomcat's HTML error report, used for requests rejected before Spring sees them. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** Right after the trace filter, so that even a refused body gets a traceId. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(RequestLimitsSettings limits,
            ServletProblemWriter problems) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(limits.maxRequestBody().toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Error dispatches (container errors, sendError) as problem+json instead of Boot's JSON page. */
    @Bean
    ProblemErrorController problemErrorController(ServletProblemWriter problems) {
        return new ProblemErrorController(problems);
    }

    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(ServletProblemWriter problems) {
        return new ProblemRequestRejectedHandler(problems);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    ServletProblemWriter servletProblemWriter(JsonMapper jsonMapper) {
        return new ServletProblemWriter(jsonMapper);
    }

    @Bean
    JwtDecoder jwtDecoder(TokenVerifier verifier, Clock clock) {
        return new VerifiedTokenJwtDecoder(verifier, clock);
    }

    /**
     * Spring Security's observations are off (merchant-common.yml) and nothing reads them, yet while an
     * ObservationRegistry exists each filter of the chain ran inside a no-op observation: about 2% of a
     * service's CPU on the summary path by async-profiler's self time (issue 21). The gateway does the same.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain serviceSecurityFilterChain(HttpSecurity http, JwtDecoder jwtDecoder,
            ServletProblemWriter problems, ApiDocsSettings apiDocs) throws Exception {
        AuthenticationEntryPoint entryPoint = unauthorized(problems);
        AccessDeniedHandler accessDenied = (request, response, e) -> problems.write(request, response,
                HttpStatus.FORBIDDEN, "Forbidden", "Your client's role does not allow this operation");
        http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                            "/actuator/info", "/actuator/prometheus").permitAll();
                    authorize.requestMatchers("/error").permitAll();
                    if (apiDocs.publicAccess()) {
                        authorize.requestMatchers(HttpMethod.GET, ApiDocsSettings.PATHS).permitAll();
                    } else {
                        authorize.requestMatchers(ApiDocsSettings.PATHS).hasRole(Role.ADMIN.name());
                    }
                    authorize.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(TokenAuthorities.converter()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied));
        return http.build();
    }

    /** Spring's Bearer challenge header, with a problem+json body. */
    private static AuthenticationEntryPoint unauthorized(ServletProblemWriter problems) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            bearer.commence(request, response, e);
            writeUnauthorized(problems, request, response, e);
        };
    }

    private static void writeUnauthorized(ServletProblemWriter problems, HttpServletRequest request,
            HttpServletResponse response, AuthenticationException e) throws IOException {
        boolean tokenGiven = request.getHeader("Authorization") != null;
        String detail = tokenGiven ? "The bearer token is not valid: " + e.getMessage()
                : "A bearer token is required (Authorization: Bearer <token>)";
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
    }
}
