package com.merchantanalysis.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.json.JsonMapper;

/**
 * The docker profile's log lines (logback-spring.xml, LogstashEncoder on stdout) carry the fields that
 * the Logstash pipeline and the Kibana saved searches in config/ rely on. Logback is configured the way
 * Spring Boot does it in a container: same file, docker profile, the app's name.
 */
class LogstashJsonLogFieldsTest {

    private static final Path KIBANA_OBJECTS = Path.of("..", "config", "kibana", "saved-objects.ndjson");
    private static final Path LOGSTASH_PIPELINE = Path.of("..", "config", "logstash", "pipeline", "merchant-analysis.conf");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static LoggingSystem loggingSystem;
    private static PrintStream originalOut;
    private static final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private static List<Map<String, Object>> lines;

    @BeforeAll
    static void logSomeLinesTheDockerWay() {
        originalOut = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            MockEnvironment environment = new MockEnvironment().withProperty("spring.application.name", "cashflow-service");
            environment.setActiveProfiles("docker");
            loggingSystem = LoggingSystem.get(LogstashJsonLogFieldsTest.class.getClassLoader());
            loggingSystem.beforeInitialize();
            loggingSystem.initialize(new LoggingInitializationContext(environment), "classpath:logback-spring.xml", null);

            Logger log = LoggerFactory.getLogger("com.merchantanalysis.cashflow.forecast.ForecastService");
            MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
            MDC.put("spanId", "00f067aa0ba902b7");
            MDC.put("merchantId", "6650c0ffee0000000000abcd");
            // What the OpenTelemetry agent adds to each event; the pipeline falls back to these.
            MDC.put("trace_id", "4bf92f3577b34da6a3ce929d0e0e4736");
            MDC.put("span_id", "53995c3f42cd8ad8");
            // Not on the encoder's list: must never reach the logs.
            MDC.put("authorization", "Bearer secret-token");
            log.info("forecast served for {} days", 30);
            log.error("forecast failed", new IllegalStateException("no daily summaries"));
        } finally {
            MDC.clear();
            System.out.flush();
            System.setOut(originalOut);
        }
        lines = captured.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("{"))
                .map(LogstashJsonLogFieldsTest::parse)
                .toList();
    }

    @AfterAll
    static void resetLogging() {
        loggingSystem.cleanUp();
    }

    @Test
    void everyLineIsOneJsonObjectWithTheFieldsThePipelineReads() {
        assertThat(lines).hasSize(2);
        Map<String, Object> info = lines.get(0);
        assertThat(info).containsKeys("@timestamp", "level", "logger_name", "thread_name", "message");
        assertThat(info).containsEntry("message", "forecast served for 30 days")
                .containsEntry("level", "INFO")
                .containsEntry("service", "cashflow-service")
                .containsEntry("traceId", "4bf92f3577b34da6a3ce929d0e0e4736")
                .containsEntry("spanId", "00f067aa0ba902b7")
                .containsEntry("merchantId", "6650c0ffee0000000000abcd")
                .containsEntry("trace_id", "4bf92f3577b34da6a3ce929d0e0e4736")
                .containsEntry("span_id", "53995c3f42cd8ad8");
        // ISO-8601 with an offset, which Logstash's json filter turns into the event time.
        assertThat((String) info.get("@timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d+.*([+-]\\d\\d:\\d\\d|Z)");
    }

    @Test
    void errorsCarryLevelErrorAndTheStackTraceRootCauseFirst() {
        Map<String, Object> error = lines.get(1);
        assertThat(error).containsEntry("level", "ERROR").containsEntry("message", "forecast failed");
        assertThat((String) error.get("stack_trace"))
                .startsWith("java.lang.IllegalStateException: no daily summaries");
    }

    @Test
    void mdcValuesNotOnTheEncodersListStayOutOfTheLogs() {
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("secret-token");
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContainKey("authorization"));
    }

    @Test
    void kibanaSavedSearchesOnlyUseFieldsTheLogsHave() throws IOException {
        Set<String> logged = new HashSet<>();
        lines.forEach(line -> logged.addAll(line.keySet()));
        Set<String> used = new HashSet<>();
        List<String> queries = new ArrayList<>();
        for (String object : Files.readAllLines(KIBANA_OBJECTS)) {
            Map<String, Object> saved = parse(object);
            if (!"search".equals(saved.get("type"))) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> attributes = (Map<String, Object>) saved.get("attributes");
            @SuppressWarnings("unchecked")
            List<String> columns = (List<String>) attributes.get("columns");
            used.addAll(columns);
            @SuppressWarnings("unchecked")
            Map<String, Object> meta = (Map<String, Object>) attributes.get("kibanaSavedObjectMeta");
            @SuppressWarnings("unchecked")
            Map<String, Object> query = (Map<String, Object>) parse((String) meta.get("searchSourceJSON")).get("query");
            queries.add((String) query.get("query"));
        }
        Matcher field = Pattern.compile("(\\w+)\\s*:").matcher(String.join(" ", queries));
        while (field.find()) {
            used.add(field.group(1));
        }
        assertThat(used).contains("traceId", "merchantId", "level");
        assertThat(logged).containsAll(used);
    }

    @Test
    void logstashPipelineReadsTheFieldNamesTheEncoderWrites() throws IOException {
        String pipeline = Files.readString(LOGSTASH_PIPELINE);
        for (String field : List.of("traceId", "trace_id", "spanId", "span_id", "service", "level", "message")) {
            assertThat(pipeline).contains("\"" + field + "\"");
            assertThat(lines.get(0)).containsKey(field);
        }
        assertThat(pipeline).contains("merchant-analysis-%{+YYYY.MM.dd}");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        return JSON.readValue(json, Map.class);
    }
}
