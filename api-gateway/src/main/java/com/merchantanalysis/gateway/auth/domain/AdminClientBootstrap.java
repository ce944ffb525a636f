package com.merchantanalysis.gateway.auth.domain;

import java.time.Duration;
import java.util.Set;

import com.merchantanalysis.common.security.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** On first start, creates the ADMIN client named by ADMIN_CLIENT_ID / ADMIN_CLIENT_SECRET. */
@Component
class AdminClientBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminClientBootstrap.class);
    private static final int MIN_SECRET_LENGTH = 16;

    private final AuthSettings settings;
    private final ApiClientService clients;

    AdminClientBootstrap(AuthSettings settings, ApiClientService clients) {
        this.settings = settings;
        this.clients = clients;
    }

    @Override
    public void run(ApplicationArguments args) {
        String id = settings.adminClientId();
        String secret = settings.adminClientSecret();
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            log.warn("No bootstrap admin client: ADMIN_CLIENT_ID / ADMIN_CLIENT_SECRET are not set");
            return;
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("ADMIN_CLIENT_SECRET must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        boolean created = Boolean.TRUE.equals(
                clients.createIfAbsent(id, secret, Set.of(Role.ADMIN)).block(Duration.ofSeconds(30)));
        log.info(created ? "Bootstrap admin client '{}' created" : "Bootstrap admin client '{}' already exists", id);
    }
}
