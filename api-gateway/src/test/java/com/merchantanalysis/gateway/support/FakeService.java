package com.merchantanalysis.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.merchantanalysis.common.testsupport.LoopbackPorts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for one service behind the gateway, on a real loopback port the gateway finds through its
 * configured discovery instances: answers its summary endpoint with the contract's JSON shape, and can
 * be made slow, failing, or dead (port closed) and back again.
 */
public final class FakeService implements AutoCloseable {

    private final String name;
    private final int port;
    private final Function<String, String> summaryFor;
    private final AtomicInteger summaryCalls = new AtomicInteger();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> merchantsAsked = new CopyOnWriteArrayList<>();
    private final List<String> summaryQueries = new CopyOnWriteArrayList<>();
    private final List<String> languages = new CopyOnWriteArrayList<>();
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private volatile long delayMillis;
    private volatile int failWithStatus;
    private HttpServer server;

    /**
     * @param summaryFor  the JSON answer for a merchant id (the path segment after {@code /merchants/})
     */
    public FakeService(String name, Function<String, String> summaryFor) {
        this.name = name;
        this.port = LoopbackPorts.unused();
        this.summaryFor = summaryFor;
        start();
    }

    public String uri() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 100);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start fake " + name + " on " + port, e);
        }
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Closes the port: connections are refused, as with a crashed service. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Answers summaries only after this long (0: at once). */
    public void delay(long millis) {
        this.delayMillis = millis;
    }

    /** Answers summaries with this status and a problem body (0: normally). */
    public void failWith(int status) {
        this.failWithStatus = status;
    }

    /** Back to a healthy, fast, listening service with its counters at zero. */
    public void reset() {
        delayMillis = 0;
        failWithStatus = 0;
        summaryCalls.set(0);
        authorizations.clear();
        merchantsAsked.clear();
        summaryQueries.clear();
        languages.clear();
        start();
    }

    public int summaryCalls() {
        return summaryCalls.get();
    }

    /** The merchant ids the gateway asked this service about, in order. */
    public List<String> merchantsAsked() {
        return List.copyOf(merchantsAsked);
    }

    /** The query strings of the summary calls, in order. */
    public List<String> summaryQueries() {
        return List.copyOf(summaryQueries);
    }

    /** The Accept-Language of the summary calls, in order. */
    public List<String> languages() {
        return List.copyOf(languages);
    }

    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/actuator/health/readiness")) {
                respond(exchange, 200, "application/json", "{\"status\":\"UP\",\"components\":{}}");
                return;
            }
            if (!path.endsWith("/summary")) {
                // Any other GET under the service's route: a trivial answer, for route tests.
                respond(exchange, 200, "application/json", "{\"service\":\"" + name + "\"}");
                return;
            }
            summaryCalls.incrementAndGet();
            merchantsAsked.add(path.replaceAll("^.*/merchants/([^/]+)/summary$", "$1"));
            summaryQueries.add(String.valueOf(exchange.getRequestURI().getRawQuery()));
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(authorization == null ? "" : authorization);
            String language = exchange.getRequestHeaders().getFirst("Accept-Language");
            languages.add(language == null ? "" : language);
            if (delayMillis > 0) {
                try {
                    TimeUnit.MILLISECONDS.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (failWithStatus > 0) {
                respond(exchange, failWithStatus, "application/problem+json",
                        "{\"title\":\"fake failure\",\"status\":" + failWithStatus + "}");
                return;
            }
            String merchantId = path.replaceAll("^.*/merchants/([^/]+)/summary$", "$1");
            respond(exchange, 200, "application/json", summaryFor.apply(merchantId));
        } catch (IOException e) {
            // The gateway gave up on this call (timeout): nothing to answer to.
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        stop();
        workers.shutdownNow();
    }
}
