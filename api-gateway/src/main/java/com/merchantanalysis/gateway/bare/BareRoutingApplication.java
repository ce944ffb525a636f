package com.merchantanalysis.gateway.bare;

import java.util.Arrays;
import java.util.Map;

import com.merchantanalysis.gateway.edge.Http10KeepAliveWebFilter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Import;

/**
 * A measurement mode, not a way to run the gateway: the gateway's own build with nothing but Spring
 * Cloud Gateway routing (the route, discovery and load balancing), so that {@code scripts/load-test.sh}
 * can put our gateway's CPU per request next to what routing alone costs, in the same run on the same
 * machine. No token check, rate limiter, security chain, observations or metrics, none of our filters
 * but the HTTP/1.0 keep-alive answer without which {@code ab -k} hangs (both modes have it).
 * <p>
 * Nothing starts it but an explicit launch of this class (the jar's Main-Class starts
 * {@code ApiGatewayApplication}); it is no component, so the gateway's scan never sees it. It reads
 * {@code bare-routing.yml} instead of {@code application.yml}, listens on 127.0.0.1 only, and refuses to
 * start in the {@code docker} profile. Only the auto-configurations listed here are applied.
 */
@ImportAutoConfiguration({
        org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
        org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration.class,
        org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration.class,
        org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
        org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration.class,
        org.springframework.boot.reactor.autoconfigure.ReactorAutoConfiguration.class,
        org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration.class,
        org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration.class,
        org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration.class,
        org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration.class,
        org.springframework.cloud.commons.util.UtilAutoConfiguration.class,
        org.springframework.cloud.client.discovery.simple.reactive.SimpleReactiveDiscoveryClientAutoConfiguration.class,
        org.springframework.cloud.client.discovery.composite.reactive.ReactiveCompositeDiscoveryClientAutoConfiguration.class,
        org.springframework.cloud.loadbalancer.config.LoadBalancerAutoConfiguration.class,
        org.springframework.cloud.loadbalancer.config.LoadBalancerCacheAutoConfiguration.class,
        org.springframework.cloud.gateway.config.GatewayAutoConfiguration.class,
        org.springframework.cloud.gateway.config.GatewayReactiveLoadBalancerClientAutoConfiguration.class })
@Import(Http10KeepAliveWebFilter.class)
public final class BareRoutingApplication {

    static final String CONFIG_NAME = "bare-routing";

    private BareRoutingApplication() {
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BareRoutingApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        application.addListeners(new RefuseDeployedProfiles());
        application.run(args);
    }

    /** A deployment must never run without its token check, even by mistake. */
    static final class RefuseDeployedProfiles implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            String[] profiles = event.getEnvironment().getActiveProfiles();
            if (Arrays.asList(profiles).contains("docker")) {
                throw new IllegalStateException("The bare routing mode is for load-test measurements only; "
                        + "it does not start in the docker profile");
            }
        }
    }
}
