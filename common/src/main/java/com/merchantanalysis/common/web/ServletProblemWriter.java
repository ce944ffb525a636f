package com.merchantanalysis.common.web;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem+json answer outside Spring MVC's handlers, e.g. from Spring Security's filters,
 * in the same shape the {@link ProblemDetailsAdvice} produces.
 */
public class ServletProblemWriter {

    private final JsonMapper jsonMapper;

    public ServletProblemWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        write(request, response, status, title, detail, request.getRequestURI());
    }

    /** As above, naming {@code path} as the problem's instance (e.g. the original path of an error dispatch). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail, String path) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        ProblemDetail problem = ProblemTypes.problem(status, ProblemTypes.forStatus(status), title, detail);
        problem.setInstance(path == null ? null : ProblemTypes.instance(path));
        response.setStatus(status.value());
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String traceId = TraceContextFilter.traceIdOf(request);
        if (traceId == null) {
            // Refused before the trace filter ran (e.g. by Tomcat); a fresh id still lets the log and the answer meet.
            traceId = TraceParent.newTrace().traceId();
            response.setHeader(TraceContextFilter.TRACE_ID_HEADER, traceId);
        }
        jsonMapper.writeValue(response.getOutputStream(), ProblemTypes.body(problem, traceId));
    }
}
