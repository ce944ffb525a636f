package com.merchantanalysis.common.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last-resort error page as problem+json instead of HTML: for requests Tomcat rejects before
 * Spring sees them (a malformed URL, an encoded slash), and for anything no handler answered.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String traceId = TraceContextFilter.traceIdOf(request);
        if (traceId == null) {
            // Rejected before the trace filter ran; a fresh id still lets the log and the answer meet.
            traceId = TraceParent.newTrace().traceId();
        }
        String body = "{\"type\":\"" + ProblemTypes.forStatus(HttpStatus.valueOf(status)) + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"The request could not be processed"
                + (status < 500 ? "; check its URL and headers" : "") + "\""
                + ",\"traceId\":\"" + traceId + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is already committed; nothing more to say.
        }
    }
}
