package com.merchantanalysis.gateway.attack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.merchantanalysis.common.testsupport.LoopbackPorts;
import com.merchantanalysis.gateway.support.ServiceProcesses;

/**
 * The four services as processes from their executable jars, like {@code support/ServiceProcesses}, but
 * with their own copies of the jars (a teammate's rebuild cannot pull a jar from under a running suite)
 * and their own logs under target/attack-platform/, which the log-hygiene test reads.
 */
final class AttackServices implements AutoCloseable {

    static final Path DIR = Path.of("target", "attack-platform");

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();

    AttackServices(List<String> services) {
        services.forEach(service -> ports.put(service, LoopbackPorts.unused()));
    }

    int port(String service) {
        return ports.get(service);
    }

    synchronized void startAll(Map<String, String> environment) {
        if (!processes.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(DIR);
            for (String service : ports.keySet()) {
                Path jar = DIR.resolve(service + ".jar");
                Files.copy(ServiceProcesses.jarOf(service), jar, StandardCopyOption.REPLACE_EXISTING);
                ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms64m", "-Xmx256m",
                        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(logOf(service).toFile());
                builder.environment().putAll(environment);
                builder.environment().put("SERVER_PORT", String.valueOf(ports.get(service)));
                processes.put(service, builder.start());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the attack platform's services", e);
        }
    }

    static Path logOf(String service) {
        return DIR.resolve(service + ".log");
    }

    void assertAllAlive() {
        processes.forEach((service, process) -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited with " + process.exitValue() + ":\n" + logTail(service));
            }
        });
    }

    private static String logTail(String service) {
        try {
            List<String> lines = Files.readAllLines(logOf(service));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public synchronized void close() {
        processes.values().forEach(Process::destroy);
        processes.values().forEach(process -> {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        processes.clear();
    }
}
