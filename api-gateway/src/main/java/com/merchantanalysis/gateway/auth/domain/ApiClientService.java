package com.merchantanalysis.gateway.auth.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import com.merchantanalysis.common.security.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Checks client credentials and creates clients. bcrypt runs off the event loop. */
@Service
public class ApiClientService {

    private static final Logger log = LoggerFactory.getLogger(ApiClientService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClientRepository clients;
    private final UserRepository users;
    private final ReactiveMongoOperations mongo;
    private final BCryptPasswordEncoder encoder;
    private final TokenIssuer issuer;
    private final Clock clock;
    private final TokenRequestThrottle throttle;
    /** Compared against when the client is unknown, so both failures cost the same time. */
    private final String decoyHash;

    ApiClientService(ApiClientRepository clients, UserRepository users, ReactiveMongoOperations mongo,
            AuthSettings settings, TokenIssuer issuer, Clock clock, TokenRequestThrottle throttle) {
        this.clients = clients;
        this.users = users;
        this.throttle = throttle;
        this.mongo = mongo;
        this.encoder = new BCryptPasswordEncoder(settings.bcryptStrength());
        this.issuer = issuer;
        this.clock = clock;
        this.decoyHash = encoder.encode(newSecret());
    }

    /** A token for the client, or {@link InvalidClientException} for an unknown client or wrong secret. */
    public Mono<IssuedToken> issueToken(String clientId, String secret) {
        return Mono.fromRunnable(() -> throttle.check(clientId))
                .then(clients.findById(clientId))
                .map(client -> new Candidate(client, client.secretHash()))
                .defaultIfEmpty(new Candidate(null, decoyHash))
                .publishOn(Schedulers.boundedElastic())
                .map(candidate -> {
                    boolean matches = encoder.matches(secret, candidate.hash());
                    if (candidate.client() == null || !matches) {
                        log.info("Token refused for client '{}'", TokenRequestThrottle.printable(clientId));
                        throttle.failed(clientId);
                        throw new InvalidClientException();
                    }
                    throttle.succeeded(clientId);
                    ApiClientDocument client = candidate.client();
                    return issuer.issue(client.clientId(), client.roles(), client.merchantId());
                });
    }

    /**
     * Creates a client and returns its secret, which is shown only this once.
     *
     * @param merchantId required for (and only for) a MERCHANT client; must name an existing merchant
     */
    public Mono<CreatedClient> create(String clientId, Set<Role> roles, String merchantId, String createdBy) {
        String secret = newSecret();
        return MerchantBinding.check(mongo, roles, merchantId, "client")
                .then(users.existsById(clientId.toLowerCase(Locale.ROOT)))
                .flatMap(userExists -> userExists ? Mono.error(new ClientAlreadyExistsException(clientId))
                        : Mono.just(secret))
                .publishOn(Schedulers.boundedElastic())
                .map(encoder::encode)
                .flatMap(hash -> clients.insert(new ApiClientDocument(clientId, hash, roles, merchantId, createdBy,
                        clock.instant())))
                .onErrorMap(DuplicateKeyException.class, e -> new ClientAlreadyExistsException(clientId))
                .doOnNext(client -> log.info("Client '{}' created by '{}' with roles {}", clientId, createdBy, roles))
                .map(client -> new CreatedClient(client, secret));
    }

    /** Creates the client unless one with that id exists; for the bootstrap admin. */
    public Mono<Boolean> createIfAbsent(String clientId, String secret, Set<Role> roles) {
        return clients.existsById(clientId).flatMap(exists -> {
            if (exists) {
                return Mono.just(false);
            }
            return Mono.fromCallable(() -> encoder.encode(secret)).subscribeOn(Schedulers.boundedElastic())
                    .flatMap(hash -> clients.insert(new ApiClientDocument(clientId, hash, roles, null, "bootstrap",
                            clock.instant())))
                    .thenReturn(true);
        });
    }

    static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record Candidate(ApiClientDocument client, String hash) {
    }

    /** A new client and its one-time secret. */
    public record CreatedClient(ApiClientDocument client, String secret) {
    }
}
