package com.merchantanalysis.common.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.mongodb.ConnectionString;
import com.mongodb.MongoCredential;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * In the docker and prod profiles, refuses to start with a default or weak JWT_SECRET, a MongoDB URI
 * without credentials or with a weak password, or (in apps that use Redis) an empty REDIS_PASSWORD.
 * Runs before any bean is created, so nothing connects anywhere with such settings. The messages name
 * the variable, never its value.
 */
public class ProductionSecretsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    /** Profiles that mean "a real deployment". */
    public static final String[] PROFILES = { "docker", "prod" };
    /** Only to let tests start an app in the docker profile with local stores; never set it in a deployment. */
    public static final String DISABLE_PROPERTY = "merchant.security.production-secrets-check";

    static final int MIN_PASSWORD_CHARS = 12;
    static final int MIN_DISTINCT_SECRET_CHARS = 10;
    /** Words of placeholders and development defaults, as in merchant-common.yml or an .env example. */
    private static final List<String> PLACEHOLDER_WORDS = List.of("local-development", "not-for-production",
            "test-only", "change", "example", "placeholder", "default", "secret", "password", "replace", "xxxx");
    private static final String REDIS_CLASS = "org.springframework.data.redis.connection.RedisConnectionFactory";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!environment.matchesProfiles(PROFILES)
                || !environment.getProperty(DISABLE_PROPERTY, Boolean.class, true)) {
            return;
        }
        List<String> problems = problems(environment, ClassUtils.isPresent(REDIS_CLASS, beanFactory.getBeanClassLoader()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in profile " + String.join(",", environment.getActiveProfiles())
                    + ": " + String.join("; ", problems));
        }
    }

    /** What is wrong with the deployment's secrets; empty when they are fine. */
    public static List<String> problems(Environment environment, boolean usesRedis) {
        List<String> problems = new ArrayList<>();
        String jwt = environment.getProperty("merchant.security.jwt.secret");
        if (jwt == null || jwt.getBytes(StandardCharsets.UTF_8).length < JwtSettings.MIN_SECRET_BYTES) {
            problems.add("JWT_SECRET must be at least " + JwtSettings.MIN_SECRET_BYTES + " bytes");
        } else if (isPlaceholder(jwt) || jwt.chars().distinct().count() < MIN_DISTINCT_SECRET_CHARS) {
            problems.add("JWT_SECRET is a default or weak value; use a random one (e.g. openssl rand -base64 48)");
        }
        String mongoPassword = mongoPassword(environment);
        if (mongoPassword == null || mongoPassword.isBlank()) {
            problems.add("MONGODB_URI has no credentials (mongodb://user:password@host/...)");
        } else if (isWeakPassword(mongoPassword)) {
            problems.add("the MongoDB password in MONGODB_URI is a default or weak value (at least "
                    + MIN_PASSWORD_CHARS + " characters, not a placeholder)");
        }
        if (usesRedis) {
            String redisPassword = redisPassword(environment);
            if (redisPassword == null || redisPassword.isBlank()) {
                problems.add("REDIS_PASSWORD is empty (with REDIS_URI set, Redis takes the password from REDIS_URI only)");
            } else if (isWeakPassword(redisPassword)) {
                problems.add("REDIS_PASSWORD is a default or weak value (at least " + MIN_PASSWORD_CHARS
                        + " characters, not a placeholder)");
            }
        }
        return problems;
    }

    private static String mongoPassword(Environment environment) {
        String uri = environment.getProperty("spring.mongodb.uri");
        if (uri != null && !uri.isBlank()) {
            try {
                MongoCredential credential = new ConnectionString(uri).getCredential();
                if (credential != null && credential.getPassword() != null) {
                    return new String(credential.getPassword());
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return environment.getProperty("spring.mongodb.password");
    }

    /** The password Boot will use: the URL's alone when a URL is set (it then ignores REDIS_PASSWORD). */
    private static String redisPassword(Environment environment) {
        String url = environment.getProperty("spring.data.redis.url");
        if (url == null || url.isBlank()) {
            return environment.getProperty("spring.data.redis.password");
        }
        try {
            String userInfo = java.net.URI.create(url).getUserInfo();
            return userInfo == null || !userInfo.contains(":") ? null : userInfo.substring(userInfo.indexOf(':') + 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isWeakPassword(String password) {
        return password.length() < MIN_PASSWORD_CHARS || isPlaceholder(password);
    }

    private static boolean isPlaceholder(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith("<") || lower.startsWith("${") || PLACEHOLDER_WORDS.stream().anyMatch(lower::contains);
    }
}
