package com.merchantanalysis.gateway.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.gateway.support.GatewayTestStores;
import com.merchantanalysis.gateway.support.TestMerchants;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The platform every attack class shares, started once per test run: the four services as processes,
 * an echo upstream, the merchants the attacks aim at, and the ledger whose summary is printed (and
 * written to target/attack-platform/summary.txt) when the run ends.
 */
final class AttackPlatform implements BeforeAllCallback, AfterAllCallback {

    /**
     * The attack classes: once all have run, the platform stops at once, rather than at the end of the
     * test JVM, so that its four processes do not overlap other tests' platforms (PlatformIT's).
     */
    static final Set<String> ATTACK_CLASSES = Set.of("TenantIsolationAttackIT", "TokenAttackIT",
            "TokenIssuanceAttackIT", "EdgeAttackIT", "HostileInputAttackIT");
    private static final Set<String> FINISHED = ConcurrentHashMap.newKeySet();
    private static boolean stopped;

    static final List<String> SERVICE_IDS = List.of("data-simulator", "cashflow-service", "cost-analyzer",
            "compliance-checker");
    static final String DATABASE = "merchant_analysis_attack";
    static final String ALLOWED_ORIGIN = "https://dashboard.merchant-analysis.example";

    static final AttackServices SERVICES = new AttackServices(SERVICE_IDS);
    static final EchoUpstream ECHO = new EchoUpstream();
    static final AttackLedger LEDGER = new AttackLedger();
    /** Every token and secret the suite used: none may ever appear in a log. */
    static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private static volatile Fixtures fixtures;
    private static volatile LogCapture logs;

    /** The merchants under attack: A is the attacker's own, B the victim (its name must never leak). */
    record Fixtures(String adminToken, String merchantA, String merchantB, String victimName) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(
                AttackPlatform.class.getName(), key -> start(), AutoCloseable.class);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        FINISHED.add(context.getRequiredTestClass().getSimpleName());
        if (FINISHED.containsAll(ATTACK_CLASSES)) {
            stop();
        }
    }

    /** Prints the summary and stops the services; once, whichever comes first: the last class or the JVM's end. */
    private static synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        String summary = LEDGER.summary();
        System.out.println(summary);
        try {
            Files.writeString(AttackServices.DIR.resolve("summary.txt"), summary);
        } catch (IOException e) {
            System.err.println("Cannot write the attack summary: " + e.getMessage());
        }
        SERVICES.close();
        ECHO.close();
    }

    private static AutoCloseable start() {
        SECRETS.add(TestTokens.SECRET);
        SECRETS.add(GatewayTestStores.ADMIN_SECRET);
        SERVICES.startAll(Map.of(
                "MONGODB_URI", GatewayTestStores.stores().mongoUri(DATABASE),
                "JWT_SECRET", TestTokens.SECRET,
                // Small here, so that EdgeAttackIT can prove the services' own 413 without sending 32 MB.
                "MERCHANT_WEB_MAXREQUESTBODY", "1MB"));
        return AttackPlatform::stop;
    }

    /** Waits for every service behind the gateway, then creates the merchants under attack (once). */
    static synchronized Fixtures ready(TestHttp gateway) {
        if (fixtures != null) {
            return fixtures;
        }
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            SERVICES.assertAllAlive();
            assertThat(gateway.get("/services/health", null).status()).isEqualTo(200);
        });
        logs = LogCapture.attach();
        var token = gateway.postForm("/auth/token", "grant_type=client_credentials&client_id="
                + GatewayTestStores.ADMIN_ID + "&client_secret=" + GatewayTestStores.ADMIN_SECRET);
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        String admin = token.json().get("access_token").asString();
        SECRETS.add(admin);
        String victimName = "机密乙店-VICTIM-NAME";
        fixtures = new Fixtures(admin, TestMerchants.create(gateway, admin, "攻击者甲店"),
                TestMerchants.create(gateway, admin, victimName), victimName);
        return fixtures;
    }

    static List<String> gatewayLog() {
        return logs == null ? List.of() : logs.lines();
    }
}
