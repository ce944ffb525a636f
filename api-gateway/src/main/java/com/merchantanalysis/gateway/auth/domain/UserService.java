package com.merchantanalysis.gateway.auth.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import com.merchantanalysis.common.security.Role;
import com.merchantanalysis.common.web.InvalidFieldException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * People who sign in with a user name and password (the console), next to the API clients: created by an
 * ADMIN, passwords kept as bcrypt hashes, failed sign-ins throttled per user name like token requests
 * per client id, and a successful sign-in answered with the same token an API client gets.
 */
@Service
public class UserService {

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MIN_PASSWORD_LENGTH = 12;
    private static final String THROTTLE_PREFIX = "user:";
    private static final String THROTTLED = "Too many failed sign-ins for this user; retry after the time in Retry-After";
    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    private final UserRepository users;
    private final ApiClientRepository clients;
    private final ReactiveMongoOperations mongo;
    private final BCryptPasswordEncoder encoder;
    private final TokenIssuer issuer;
    private final TokenRequestThrottle throttle;
    private final Clock clock;
    /** Compared against when the user is unknown, so that both failures cost the same time. */
    private final String decoyHash;

    UserService(UserRepository users, ApiClientRepository clients, ReactiveMongoOperations mongo, AuthSettings settings,
            TokenIssuer issuer, TokenRequestThrottle throttle, Clock clock) {
        this.users = users;
        this.clients = clients;
        this.mongo = mongo;
        this.encoder = new BCryptPasswordEncoder(settings.bcryptStrength());
        this.issuer = issuer;
        this.throttle = throttle;
        this.clock = clock;
        this.decoyHash = encoder.encode(ApiClientService.newSecret());
    }

    /** User names are compared without case: {@code Shop-1} and {@code shop-1} are one user. */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** A token for the user, or {@link InvalidLoginException} for an unknown user or a wrong password. */
    public Mono<IssuedToken> login(String username, String password) {
        String name = normalize(username);
        return Mono.fromRunnable(() -> throttle.check(THROTTLE_PREFIX + name, THROTTLED))
                .then(users.findById(name))
                .map(user -> new Candidate(user, user.passwordHash()))
                .defaultIfEmpty(new Candidate(null, decoyHash))
                .publishOn(Schedulers.boundedElastic())
                .map(candidate -> {
                    boolean matches = fitsBcrypt(password) && encoder.matches(password, candidate.hash());
                    if (candidate.user() == null || !matches) {
                        log.info("Sign-in refused for user '{}'", TokenRequestThrottle.printable(name));
                        throttle.failed(THROTTLE_PREFIX + name);
                        throw new InvalidLoginException();
                    }
                    throttle.succeeded(THROTTLE_PREFIX + name);
                    UserDocument user = candidate.user();
                    return issuer.issue(user.username(), user.roles(), user.merchantId());
                });
    }

    /**
     * Creates a user. Without a password one is generated and returned, shown only this once.
     *
     * @param merchantId required for (and only for) a MERCHANT user; must name an existing merchant
     */
    public Mono<CreatedUser> create(String username, String password, Set<Role> roles, String merchantId,
            String createdBy) {
        String name = normalize(username);
        boolean generated = password == null;
        String chosen = generated ? ApiClientService.newSecret() : password;
        if (!generated && chosen.length() < MIN_PASSWORD_LENGTH) {
            return Mono.error(new InvalidFieldException("password",
                    "must be at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (!fitsBcrypt(chosen)) {
            return Mono.error(new InvalidFieldException("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8"));
        }
        return MerchantBinding.check(mongo, roles, merchantId, "user")
                .then(clients.existsById(name).zipWith(clients.existsById(username),
                        (lower, asGiven) -> lower || asGiven))
                .flatMap(clientExists -> clientExists ? Mono.error(new NameTakenException(name)) : Mono.just(chosen))
                .publishOn(Schedulers.boundedElastic())
                .map(encoder::encode)
                .flatMap(hash -> users.insert(new UserDocument(name, hash, roles, merchantId, createdBy, clock.instant())))
                .onErrorMap(DuplicateKeyException.class, e -> new NameTakenException(name))
                .doOnNext(user -> log.info("User '{}' created by '{}' with roles {}", name, createdBy, roles))
                .map(user -> new CreatedUser(user, generated ? chosen : null));
    }

    private static boolean fitsBcrypt(String password) {
        return password != null && !password.isEmpty()
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    private record Candidate(UserDocument user, String hash) {
    }

    /** A new user, and its password when it was generated (null when the ADMIN chose it). */
    public record CreatedUser(UserDocument user, String generatedPassword) {
    }
}
