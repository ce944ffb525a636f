package com.merchantanalysis.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.merchantanalysis.common.testsupport.LoopbackPorts;

/**
 * Runs the services' own executable jars as separate processes, as a deployment would: each on a
 * free port, configured only through environment variables, logging to target/platform-it/.
 */
public final class ServiceProcesses implements AutoCloseable {

    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Path logDir = Path.of("target", "platform-it");

    /** Chooses a port for each service; nothing starts yet. */
    public ServiceProcesses(List<String> services) {
        services.forEach(service -> ports.put(service, LoopbackPorts.unused()));
    }

    public int port(String service) {
        return ports.get(service);
    }

    public void startAll(Map<String, String> environment) {
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ports.keySet().forEach(service -> start(service, environment));
    }

    private void start(String service, Map<String, String> environment) {
        Path jar = jarOf(service);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(logDir.resolve(service + ".log").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(ports.get(service)));
        try {
            processes.put(service, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service, e);
        }
    }

    /** Stops one service, as a crash or an operator would. */
    public void stop(String service) {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Throws, with the end of its log, if a service process has exited. */
    public void assertAllAlive() {
        processes.forEach((service, process) -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited with " + process.exitValue() + ":\n" + logTail(service));
            }
        });
    }

    public String logTail(String service) {
        try {
            List<String> lines = Files.readAllLines(logDir.resolve(service + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        List.copyOf(processes.keySet()).forEach(this::stop);
    }

    /** The service's packaged executable jar; the whole project must have been built first. */
    public static Path jarOf(String service) {
        String version = System.getProperty("platform.version", "1.0.0-SNAPSHOT");
        Path jar = Path.of("..", service, "target", service + "-" + version + "-exec.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Missing " + jar + ": build the whole project (./mvnw verify) so that "
                    + "the services are packaged before the gateway's integration tests run");
        }
        return jar;
    }
}
