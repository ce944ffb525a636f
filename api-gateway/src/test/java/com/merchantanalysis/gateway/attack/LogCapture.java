package com.merchantanalysis.gateway.attack;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/** Everything this JVM (the gateway) logs from the moment it is attached: messages and exception texts. */
final class LogCapture extends AppenderBase<ILoggingEvent> {

    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();

    static LogCapture attach() {
        LogCapture capture = new LogCapture();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        capture.setContext(root.getLoggerContext());
        capture.setName("attack-log-capture");
        capture.start();
        root.addAppender(capture);
        return capture;
    }

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        event.getMDCPropertyMap().forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        lines.add(line.toString());
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
