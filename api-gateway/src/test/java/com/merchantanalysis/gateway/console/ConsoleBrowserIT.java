package com.merchantanalysis.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.gateway.support.GatewayTestStores;
import com.merchantanalysis.gateway.support.HeadlessChromium;
import com.merchantanalysis.gateway.support.ServiceProcesses;
import com.merchantanalysis.gateway.support.TestMerchants;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The merchant console in a real browser (headless Debian chromium) against the real platform: the four
 * services from their jars, the gateway serving the console and the API on one port. A MERCHANT user signs
 * in and reads its overview, is refused another merchant's, imports a bill with a bad row and hostile
 * text, runs a what-if, and signs out. Reported as skipped (never passed) where chromium or chromedriver is
 * missing: the class condition skips it before anything starts, and the assumption guards the rest.
 * Screenshots of the overview in Chinese and English go to target/console-screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "resilience4j.timelimiter.configs.default.timeout-duration=20s",
    "merchant.gateway.analyze.section-deadline=25s" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(value = "com.merchantanalysis.gateway.support.HeadlessChromium#available",
        disabledReason = "needs chromium and chromedriver (Debian: apt-get install chromium chromium-driver)")
class ConsoleBrowserIT {

    private static final List<String> SERVICES = List.of("data-simulator", "cashflow-service", "cost-analyzer",
            "compliance-checker");
    private static final String MONGO_DATABASE = "merchant_analysis_console_it";
    private static final String PASSWORD = "火锅 tastes best at 9pm";
    private static final String SESSION_KEY = "merchant-console.session";
    private static final String HOSTILE = "<img src=x onerror=window.__xss=1><script>window.__xss=2</script>";
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Duration PAGE_WAIT = Duration.ofSeconds(90);

    private static final ServiceProcesses services = new ServiceProcesses(SERVICES);
    private static ChromeDriver browser;
    private static String merchantId;
    private static String otherMerchantId;
    private static String username;

    @LocalServerPort
    int port;

    TestHttp gateway;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        GatewayTestStores.register(registry);
        registry.add("spring.mongodb.uri", () -> GatewayTestStores.stores().mongoUri(MONGO_DATABASE));
        SERVICES.forEach(service -> registry.add("spring.cloud.discovery.client.simple.instances." + service + "[0].uri",
                () -> "http://127.0.0.1:" + services.port(service)));
    }

    @BeforeAll
    static void startPlatformAndBrowser() {
        Assumptions.assumeTrue(HeadlessChromium.available(), () -> "No browser: " + HeadlessChromium.CHROMIUM + " and "
                + HeadlessChromium.CHROMEDRIVER + " are needed (Debian: apt-get install chromium chromium-driver)");
        services.startAll(Map.of("MONGODB_URI", GatewayTestStores.stores().mongoUri(MONGO_DATABASE),
                "JWT_SECRET", TestTokens.SECRET));
        browser = HeadlessChromium.start(1360, 1000);
    }

    @AfterAll
    static void stopPlatformAndBrowser() {
        if (browser != null) {
            browser.quit();
        }
        services.close();
    }

    @BeforeEach
    void merchantsAndUser() {
        gateway = TestHttp.localhost(port);
        if (merchantId != null) {
            return;
        }
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            services.assertAllAlive();
            assertThat(gateway.get("/services/health", null).status()).isEqualTo(200);
        });
        String admin = gateway.postForm("/auth/token", "client_id=" + GatewayTestStores.ADMIN_ID + "&client_secret="
                + GatewayTestStores.ADMIN_SECRET).json().get("access_token").asString();
        var created = gateway.post("/api/v1/simulator/merchants", admin, """
                {"archetype": "hotpot", "name": "老码头火锅 (console)", "city": "Chengdu", "openingDate": "2022-03-01"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var job = gateway.post("/api/v1/simulator/merchants/" + id + "/simulations", admin, """
                {"from": "2026-03-01", "to": "2026-06-30", "seed": 7,
                 "inject": [{"event": "FEE_OVERCHARGE"}, {"event": "STRUCTURING"}]}""");
        assertThat(job.status()).as(job.body()).isEqualTo(202);
        String jobPath = "/api/v1/simulator/jobs/" + job.json().get("id").asString();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(
                () -> List.of("SUCCEEDED", "FAILED").contains(gateway.get(jobPath, admin).json().get("state").asString()));
        assertThat(gateway.get(jobPath, admin).json().get("state").asString()).isEqualTo("SUCCEEDED");
        otherMerchantId = TestMerchants.create(gateway, admin, "隔壁烧烤");
        username = "owner-" + UUID.randomUUID().toString().substring(0, 8);
        var user = gateway.post("/auth/users", admin, """
                {"username": "%s", "password": "%s", "roles": ["MERCHANT"], "merchantId": "%s"}"""
                .formatted(username, PASSWORD, id));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        merchantId = id;
    }

    private String console() {
        return "http://127.0.0.1:" + port + "/console/";
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, PAGE_WAIT);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** A fresh tab state: no token, Chinese, signed in through the form. */
    private void signIn() {
        browser.get(console());
        js("window.sessionStorage.clear(); window.localStorage.clear();");
        browser.navigate().refresh();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-username"))).sendKeys(username);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
    }

    private void open(String hash) {
        browser.get(console() + hash);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        long height = ((Number) js("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)"))
                .longValue();
        Dimension before = browser.manage().window().getSize();
        Dimension tall = new Dimension(before.getWidth(), (int) Math.max(before.getHeight(), Math.min(height + 40, 8000)));
        // The charts redraw on the window's resize event (charts.js): wait for it, then for two painted frames.
        js("window.__resized = false; window.addEventListener('resize', () => { window.__resized = true; }, { once: true });");
        browser.manage().window().setSize(tall);
        try {
            if (!tall.equals(before)) {
                waiting().until(driver -> Boolean.TRUE.equals(js("return window.__resized")));
            }
            ((JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(done));");
            Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    private void waitForOverview() {
        for (String section : List.of("section-cash", "section-cost", "section-compliance", "section-actions")) {
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(section)));
        }
        waiting().until(driver -> "true".equals(driver.findElement(By.id("cash-chart")).getDomAttribute("data-drawn")));
    }

    @Test
    @Order(1)
    void aMerchantSignsInAndSeesItsOverviewWithAllThreeSectionsAndADrawnChart() throws Exception {
        signIn();
        waitForOverview();

        assertThat(browser.findElement(By.id("merchant-name")).getText()).isEqualTo("老码头火锅 (console)");
        for (String section : List.of("section-cash", "section-cost", "section-compliance")) {
            assertThat(browser.findElement(By.id(section)).getDomAttribute("data-status")).as(section).isEqualTo("ok");
        }
        assertThat(browser.findElements(By.cssSelector("#cash-chart canvas"))).isNotEmpty();
        waiting().until(driver -> "true".equals(driver.findElement(By.id("cost-chart")).getDomAttribute("data-drawn")));
        waiting().until(driver -> "true".equals(driver.findElement(By.id("risk-chart")).getDomAttribute("data-drawn")));
        String cash = browser.findElement(By.id("section-cash")).getText();
        assertThat(cash).contains("现金余额预测").containsPattern("¥\\d{1,3}(,\\d{3})+\\.\\d{2}");
        assertThat(browser.findElement(By.id("section-compliance")).getText()).contains("合规风险");
        assertThat(browser.findElements(By.cssSelector("#section-actions li"))).hasSizeBetween(1, 3);
        assertThat(browser.findElement(By.id("section-actions")).getText()).contains("每月约 ¥");
        // Risks have their own card, in the page's language, by level and never with a yuan figure.
        String risks = browser.findElement(By.id("section-risks")).getText();
        assertThat(risks).contains("需要处理的风险").containsPattern("[高中低]风险|暂时没有需要处理的风险")
                .doesNotContain("每月约");
        // The token lives in this tab's sessionStorage only: nothing in localStorage but the language.
        assertThat((String) js("return window.sessionStorage.getItem(arguments[0])", SESSION_KEY)).contains(".");
        assertThat((String) js("return JSON.stringify(Object.keys(window.localStorage))")).doesNotContain("session");
        assertThat(cspViolations()).as("the page works under its CSP").isEmpty();
        screenshot("overview-zh.png");

        browser.findElement(By.id("lang-switch")).click();
        waitForOverview();
        assertThat(browser.findElement(By.id("section-cash")).getText()).contains("Cash balance forecast");
        assertThat(browser.findElement(By.id("section-cost")).getText()).contains("Cost structure");
        // The services' own sentences follow the console's language, not the browser's.
        assertThat(browser.findElement(By.id("section-actions")).getText()).doesNotContainPattern("\\p{IsHan}");
        assertThat(browser.findElement(By.id("section-risks")).getText()).doesNotContainPattern("\\p{IsHan}");
        screenshot("overview-en.png");
        browser.findElement(By.id("lang-switch")).click();
    }

    @Test
    @Order(2)
    void anotherMerchantsPageShowsTheApisNotFoundAndNothingOfThatMerchant() {
        signIn();
        open("#/overview?merchant=" + otherMerchantId);

        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-error-status]")));

        assertThat(error.getDomAttribute("data-error-status")).isEqualTo("404");
        assertThat(error.getText()).contains("找不到这个商户").contains("404");
        assertThat(browser.findElement(By.id("page")).getText()).doesNotContain("隔壁烧烤");
        String token = gateway.post("/auth/login", null, """
                {"username": "%s", "password": "%s"}""".formatted(username, PASSWORD)).json().get("access_token").asString();
        assertThat(gateway.get("/merchant/analyze?merchantId=" + otherMerchantId, token).status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void aDroppedBillWithABadRowShowsTheRowErrorAndImportedTextStaysText() throws Exception {
        signIn();
        open("#/data");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dropzone")));
        String csv = """
                externalId,timestamp,amount,direction,kind,channel,counterpartyType,counterpartyId,crossBorder,invoiceReference,fee,description
                console-ok-1,2026-07-01T12:00:00+08:00,88.00,IN,SALE,WECHAT_PAY,PERSON,c-1,false,,0.53,%s
                console-bad-2,2026-07-01T13:00:00+08:00,not-a-number,IN,SALE,WECHAT_PAY,PERSON,c-2,false,,0.10,bad amount
                """.formatted(HOSTILE);

        js("""
                const file = new File([arguments[0]], 'bill.csv', {type: 'text/csv'});
                const transfer = new DataTransfer();
                transfer.items.add(file);
                document.getElementById('dropzone').dispatchEvent(
                    new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));""", csv);

        WebElement summary = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-summary")));
        assertThat(browser.findElement(By.id("import-stored")).getDomAttribute("data-value")).isEqualTo("1");
        assertThat(browser.findElement(By.id("import-rejected")).getDomAttribute("data-value")).isEqualTo("1");
        List<WebElement> errorRow = browser.findElements(By.cssSelector("#import-errors tbody tr"));
        assertThat(errorRow).hasSize(1);
        assertThat(errorRow.get(0).getText()).startsWith("3").contains("amount");
        assertThat(summary.getText()).contains("已入账");

        // The latest day is now the imported row's: its description, shown as the text it is.
        WebElement description = waiting().until(driver -> driver.findElements(By.cssSelector("#transactions .tx-description"))
                .stream().filter(cell -> cell.getText().equals(HOSTILE)).findFirst().orElse(null));
        assertThat(description.getText()).isEqualTo(HOSTILE);
        assertThat(browser.findElements(By.cssSelector("#transactions tbody tr"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#transactions img, #transactions script"))).isEmpty();
        assertThat(js("return window.__xss === undefined")).isEqualTo(true);
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        screenshot("data-import-zh.png");
    }

    @Test
    @Order(4)
    void aWhatIfShowsTheBaseAndTheScenarioOnOneChart() {
        signIn();
        open("#/cash");
        waiting().until(driver -> "true".equals(driver.findElement(By.id("forecast-chart")).getDomAttribute("data-drawn")));
        browser.findElement(By.id("whatif-revenue")).sendKeys("-30");
        browser.findElement(By.id("whatif-monthly")).sendKeys("20000");

        browser.findElement(By.id("whatif-submit")).click();

        waiting().until(driver -> !driver.findElements(By.id("whatif-chart")).isEmpty()
                && "true".equals(driver.findElement(By.id("whatif-chart")).getDomAttribute("data-drawn")));
        String outcome = browser.findElement(By.id("whatif-table")).getText();
        assertThat(outcome).contains("现状").contains("假设情形");
    }

    @Test
    @Order(5)
    void theConsoleIsServedWithAStrictContentSecurityPolicyThatTheBrowserEnforces() {
        for (String path : List.of("/console/", "/console/js/app.js", "/console/vendor/echarts/echarts.esm.min.js")) {
            var answer = gateway.get(path, null);
            assertThat(answer.status()).as(path).isEqualTo(200);
            String policy = answer.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("default-src 'none'", "script-src 'self'", "connect-src 'self'",
                    "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "*", "http:", "https:");
        }
        assertThat(gateway.get("/console/", null).body()).doesNotContain("<script>").doesNotContain("style=");

        signIn();
        // An inline script planted in the page (as an injection would) does not run under the policy.
        js("""
                window.__violations = [];
                document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
                const planted = document.createElement('script');
                planted.textContent = 'window.__inline = 1';
                document.body.appendChild(planted);""");
        await().atMost(Duration.ofSeconds(10)).until(() -> ((Number) js("return window.__violations.length")).intValue() > 0);
        assertThat(js("return window.__inline === undefined")).isEqualTo(true);
        assertThat((String) js("return window.__violations.join(' ')")).contains("script-src");
    }

    @Test
    @Order(6)
    void signingOutClearsTheTokenAndAnExpiredTokenSignsOut() {
        signIn();
        assertThat((String) js("return window.sessionStorage.getItem(arguments[0])", SESSION_KEY)).isNotNull();

        browser.findElement(By.id("sign-out")).click();

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        assertThat(js("return window.sessionStorage.getItem(arguments[0])", SESSION_KEY)).isNull();
        assertThat(browser.findElement(By.id("login-message")).getText()).contains("已退出登录");
        open("#/overview");
        browser.navigate().refresh();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));

        // A token past its expiry is dropped when the page reads it, and the page asks to sign in again.
        signIn();
        String token = (String) js("return window.sessionStorage.getItem(arguments[0])", SESSION_KEY);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"exp\":\\d+", "\"exp\":" + (System.currentTimeMillis() / 1000 - 60));
        String expired = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        js("window.sessionStorage.setItem(arguments[0], arguments[1])", SESSION_KEY, expired);
        browser.navigate().refresh();

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        assertThat(browser.findElement(By.id("login-message")).getText()).contains("登录已过期");
        assertThat(js("return window.sessionStorage.getItem(arguments[0])", SESSION_KEY)).isNull();
    }
}
