package com.merchantanalysis.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantanalysis.common.config.ProductionSecretsAutoConfiguration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

/** The docker/prod profile refuses default or weak secrets before anything starts. */
class ProductionSecretsCheckTest {

    private static final String STRONG_JWT = "k7Qz9mV2xR4pL8wN1bT6yH3cJ5fD0gS-aE_uKqWmZrXo";
    private static final String GOOD_MONGO = "mongodb://merchant:Vq8-Lm2!zR7pX4tW@mongo1:27017/merchant_analysis?authSource=admin";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ProductionSecretsAutoConfiguration.class));

    private ApplicationContextRunner docker(String... properties) {
        return runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("docker"))
                .withPropertyValues(properties);
    }

    @Test
    void startsWithStrongSecrets() {
        docker("merchant.security.jwt.secret=" + STRONG_JWT, "spring.mongodb.uri=" + GOOD_MONGO,
                "spring.data.redis.password=Rd-9vK2mQx7LpZ4w")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void refusesTheDevelopmentDefaultJwtSecret() {
        docker("merchant.security.jwt.secret=local-development-only-jwt-secret-not-for-production",
                "spring.mongodb.uri=" + GOOD_MONGO, "spring.data.redis.password=Rd-9vK2mQx7LpZ4w")
                .run(context -> assertThat(context).getFailure()
                        .hasMessageContaining("JWT_SECRET is a default or weak value")
                        .hasMessageNotContaining("local-development-only"));
    }

    @Test
    void refusesShortPlaceholderOrRepetitiveJwtSecrets() {
        for (String secret : new String[] { "short", "change-me-change-me-change-me-change-me",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "abababababababababababababababababab" }) {
            docker("merchant.security.jwt.secret=" + secret, "spring.mongodb.uri=" + GOOD_MONGO,
                    "spring.data.redis.password=Rd-9vK2mQx7LpZ4w")
                    .run(context -> assertThat(context).as(secret).getFailure()
                            .hasMessageContaining("JWT_SECRET"));
        }
    }

    @Test
    void refusesAMongoUriWithoutCredentialsOrWithAWeakPassword() {
        docker("merchant.security.jwt.secret=" + STRONG_JWT, "spring.mongodb.uri=mongodb://mongo1:27017/merchant_analysis",
                "spring.data.redis.password=Rd-9vK2mQx7LpZ4w")
                .run(context -> assertThat(context).getFailure()
                        .hasMessageContaining("MONGODB_URI has no credentials"));
        docker("merchant.security.jwt.secret=" + STRONG_JWT, "spring.mongodb.uri=mongodb://root:example@mongo1/db",
                "spring.data.redis.password=Rd-9vK2mQx7LpZ4w")
                .run(context -> assertThat(context).getFailure()
                        .hasMessageContaining("MongoDB password").hasMessageNotContaining("example"));
    }

    /** common itself has no Redis client, so the Redis rule is checked as the gateway (which has one) runs it. */
    @Test
    void appsUsingRedisRefuseAnEmptyOrWeakRedisPassword() {
        assertThat(ProductionSecretsCheck.problems(env("spring.data.redis.password", ""), true))
                .singleElement().asString().startsWith("REDIS_PASSWORD is empty");
        assertThat(ProductionSecretsCheck.problems(env("spring.data.redis.url", "redis://redis:6379/0")
                .withProperty("spring.data.redis.password", "Rd-9vK2mQx7LpZ4w"), true))
                .as("a URL without a password: Boot ignores REDIS_PASSWORD").singleElement().asString()
                .startsWith("REDIS_PASSWORD is empty");
        assertThat(ProductionSecretsCheck.problems(env("spring.data.redis.url", "redis://:redis@redis:6379/0"), true))
                .singleElement().asString().startsWith("REDIS_PASSWORD is a default or weak value");
        assertThat(ProductionSecretsCheck.problems(env("spring.data.redis.url", "redis://:Rd-9vK2mQx7LpZ4w@redis:6379/0"),
                true)).isEmpty();
        assertThat(ProductionSecretsCheck.problems(env("spring.data.redis.password", ""), false)).isEmpty();
    }

    private static MockEnvironment env(String key, String value) {
        return new MockEnvironment().withProperty("merchant.security.jwt.secret", STRONG_JWT)
                .withProperty("spring.mongodb.uri", GOOD_MONGO).withProperty(key, value);
    }

    @Test
    void localRunsWithoutTheProfileKeepTheirDevelopmentDefaults() {
        runner.withPropertyValues("merchant.security.jwt.secret=local-development-only-jwt-secret-not-for-production",
                "spring.mongodb.uri=mongodb://127.0.0.1:27017/merchant_analysis")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
