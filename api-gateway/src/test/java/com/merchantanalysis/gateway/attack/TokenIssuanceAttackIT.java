package com.merchantanalysis.gateway.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.merchantanalysis.common.testsupport.TestHttp;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * API2 at token issuance: an unknown client and a wrong secret get the same answer; repeated failures
 * for one client id are throttled (429 with Retry-After), even once the right secret is given; and no
 * token or secret ever reaches a log, the gateway's or a service's.
 */
class TokenIssuanceAttackIT extends AttackTest {

    private static final String CATEGORY = "token-issuance";

    private TestHttp.Response token(String clientId, String secret) {
        return gateway.postForm("/auth/token", "grant_type=client_credentials&client_id=" + clientId
                + "&client_secret=" + secret);
    }

    private String createClient(String role) {
        String clientId = "attack-" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        var created = gateway.post("/auth/clients", fixtures.adminToken(), """
                {"clientId": "%s", "roles": ["%s"]}""".formatted(clientId, role));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        AttackPlatform.SECRETS.add(created.json().get("clientSecret").asString());
        return clientId + " " + created.json().get("clientSecret").asString();
    }

    @Test
    void anUnknownClientAndAWrongSecretGetTheSameAnswer() {
        String[] client = createClient("ANALYST").split(" ");
        var wrongSecret = token(client[0], "wrong-secret-for-a-known-client");
        var unknownClient = token("attack-nobody-" + UUID.randomUUID(), "wrong-secret-for-a-known-client");

        expect(CATEGORY, "wrong secret", wrongSecret, Set.of(401));
        expect(CATEGORY, "unknown client", unknownClient, Set.of(401));
        JsonNode a = wrongSecret.json();
        JsonNode b = unknownClient.json();
        for (String member : List.of("type", "title", "status", "detail")) {
            assertThat(a.get(member)).as(member).isEqualTo(b.get(member));
        }
        assertThat(wrongSecret.header("WWW-Authenticate")).isEqualTo(unknownClient.header("WWW-Authenticate"));
    }

    @Test
    void repeatedFailuresForOneClientAreThrottledEvenWithTheRightSecretAfterwards() {
        String[] client = createClient("ANALYST").split(" ");
        for (int attempt = 1; attempt <= 5; attempt++) {
            expect(CATEGORY, "guess " + attempt + " for a known client", token(client[0], "guess-" + attempt), Set.of(401));
        }
        var locked = token(client[0], "guess-6");
        var rightSecretWhileLocked = token(client[0], client[1]);

        expect(CATEGORY, "6th guess for a known client", locked, Set.of(429));
        expect(CATEGORY, "right secret while locked", rightSecretWhileLocked, Set.of(429));
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 300);
        assertThat(rightSecretWhileLocked.body()).doesNotContain("access_token");

        String unknown = "attack-unknown-" + UUID.randomUUID();
        for (int attempt = 1; attempt <= 5; attempt++) {
            token(unknown, "guess-" + attempt);
        }
        expect(CATEGORY, "6th guess for an unknown client", token(unknown, "guess-6"), Set.of(429));
        // Other clients are not affected.
        expect(CATEGORY, "another client meanwhile", token(createClient("ANALYST").split(" ")[0], "x"), Set.of(401));
    }

    private TestHttp.Response signIn(String username, String password) {
        return gateway.post("/auth/login", null, """
                {"username": "%s", "password": "%s"}""".formatted(username, password));
    }

    private String createUser(String role) {
        String username = "attack-user-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "attack-password-" + UUID.randomUUID();
        AttackPlatform.SECRETS.add(password);
        var created = gateway.post("/auth/users", fixtures.adminToken(), """
                {"username": "%s", "password": "%s", "roles": ["%s"]}""".formatted(username, password, role));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username + " " + password;
    }

    @Test
    void signInIsThrottledPerUserLikeTokenIssuanceAndTellsNoUserFromAWrongPassword() {
        String[] user = createUser("ANALYST").split(" ");
        var wrongPassword = signIn(user[0], "wrong-password-for-a-known-user");
        var unknownUser = signIn("attack-nobody-" + UUID.randomUUID(), "wrong-password-for-a-known-user");
        expect(CATEGORY, "sign-in with a wrong password", wrongPassword, Set.of(401));
        expect(CATEGORY, "sign-in as an unknown user", unknownUser, Set.of(401));
        for (String member : List.of("type", "title", "status", "detail")) {
            assertThat(wrongPassword.json().get(member)).as(member).isEqualTo(unknownUser.json().get(member));
        }
        for (int attempt = 2; attempt <= 5; attempt++) {
            expect(CATEGORY, "sign-in guess " + attempt, signIn(user[0], "guess-" + attempt), Set.of(401));
        }
        var rightPasswordWhileLocked = signIn(user[0], user[1]);
        expect(CATEGORY, "right password while locked", rightPasswordWhileLocked, Set.of(429));
        assertThat(Integer.parseInt(rightPasswordWhileLocked.header("Retry-After"))).isBetween(1, 300);
        assertThat(rightPasswordWhileLocked.body()).doesNotContain("access_token");
        String[] other = createUser("ANALYST").split(" ");
        expect(CATEGORY, "another user meanwhile", signIn(other[0], other[1]), Set.of(200));
    }

    @Test
    void noTokenOrSecretEverReachesALog() {
        String[] user = createUser("ANALYST").split(" ");
        var signedIn = signIn(user[0], user[1]);
        assertThat(signedIn.status()).isEqualTo(200);
        AttackPlatform.SECRETS.add(signedIn.json().get("access_token").asString());
        String wrongPassword = "attack-wrong-password-" + UUID.randomUUID();
        AttackPlatform.SECRETS.add(wrongPassword);
        signIn(user[0], wrongPassword);
        // Traffic that carries secrets and tokens everywhere: issuance, use, refusal, forgery.
        String[] client = createClient("ANALYST").split(" ");
        var issued = token(client[0], client[1]);
        assertThat(issued.status()).isEqualTo(200);
        String token = issued.json().get("access_token").asString();
        AttackPlatform.SECRETS.add(token);
        String wrong = "attack-wrong-secret-" + UUID.randomUUID();
        AttackPlatform.SECRETS.add(wrong);
        token(client[0], wrong);
        gateway.post("/auth/token", null, "{\"client_id\": \"" + client[0] + "\", \"client_secret\": \"" + wrong + "\"}");
        gateway.get("/api/v1/simulator/merchants", token);
        gateway.get("/api/v1/cashflow/merchants/" + fixtures.merchantA() + "/balance", token);
        gateway.get("/api/v1/simulator/merchants", token + "x");
        gateway.get("/api/v1/simulator/merchants", token.substring(0, token.lastIndexOf('.')) + ".forged");
        AttackPlatform.SECRETS.add(token.substring(0, token.lastIndexOf('.')) + ".forged");
        direct("data-simulator").get("/api/v1/simulator/merchants", token + "x");

        List<String> lines = new ArrayList<>(AttackPlatform.gatewayLog());
        for (String service : AttackPlatform.SERVICE_IDS) {
            try {
                lines.addAll(Files.readAllLines(AttackServices.logOf(service)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> leaks = new ArrayList<>();
        for (String secret : AttackPlatform.SECRETS) {
            // A token's signature alone would do for replay... of a forged one, no; check the signed part too.
            String needle = secret.length() > 40 && secret.contains(".") ? secret.substring(secret.lastIndexOf('.') + 1)
                    : secret;
            if (needle.length() < 12) {
                needle = secret;
            }
            for (String line : lines) {
                if (line.contains(needle) || line.contains(secret)) {
                    leaks.add(line.length() > 200 ? line.substring(0, 200) : line);
                }
            }
        }
        AttackPlatform.LEDGER.record(CATEGORY, "log lines checked for " + AttackPlatform.SECRETS.size()
                + " tokens/secrets: " + lines.size(), 200, leaks.isEmpty());
        assertThat(lines).as("the logs were captured").isNotEmpty();
        assertThat(leaks).as("log lines holding a token or secret").isEmpty();
    }
}
