package com.merchantanalysis.gateway.console;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.webjars.WebJarVersionLocator;

/**
 * Serves the merchant console on the gateway's port: {@code /console/} is its page, {@code /console/**}
 * its files, {@code /console/vendor/echarts/**} the ECharts WebJar's {@code dist/}. The files are public; every figure
 * they show is fetched from the API with the signed-in user's token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleSettings.class)
class ConsoleConfiguration implements WebFluxConfigurer {

    private final ConsoleSettings settings;
    private final ResourceLoader resources;

    ConsoleConfiguration(ConsoleSettings settings, ResourceLoader resources) {
        this.settings = settings;
        this.resources = resources;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String webjar = settings.echartsWebjar();
        String version = new WebJarVersionLocator().version(webjar);
        if (version == null) {
            throw new IllegalStateException("The console needs the " + webjar + " WebJar on the class path");
        }
        registry.addResourceHandler("/console/vendor/echarts/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/" + webjar + "/" + version + "/dist/")
                .setCacheControl(CacheControl.noCache());
        registry.addResourceHandler("/console/**")
                .addResourceLocations(settings.location())
                .setCacheControl(CacheControl.noCache());
    }

    /** {@code /console} to {@code /console/}, where the page's relative links work; the page itself. */
    @Bean
    RouterFunction<ServerResponse> consolePage() {
        Resource index = resources.getResource(settings.location() + "index.html");
        return RouterFunctions.route(GET("/console"),
                        request -> ServerResponse.status(HttpStatus.PERMANENT_REDIRECT).location(URI.create("/console/")).build())
                .andRoute(GET("/console/"), request -> ServerResponse.ok()
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noCache())
                        .bodyValue(index));
    }

    @Bean
    ConsoleHeadersWebFilter consoleHeadersWebFilter() {
        return new ConsoleHeadersWebFilter(settings.contentSecurityPolicy());
    }
}
