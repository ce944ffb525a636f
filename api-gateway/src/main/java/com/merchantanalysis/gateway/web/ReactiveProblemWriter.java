package com.merchantanalysis.gateway.web;

import java.util.List;

import com.merchantanalysis.common.web.FieldError;
import com.merchantanalysis.common.web.ProblemTypes;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem+json answers from the gateway, in the services' shape. */
@Component
public class ReactiveProblemWriter {

    private final JsonMapper jsonMapper;

    ReactiveProblemWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String title, String detail) {
        return write(exchange, ProblemTypes.problem(status, ProblemTypes.forStatus(status), title, detail));
    }

    public Mono<Void> writeInvalid(ServerWebExchange exchange, HttpStatusCode status, List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
                .orElse("The request is not valid");
        ProblemDetail problem = ProblemTypes.problem(status,
                status.value() == 400 ? ProblemTypes.VALIDATION : ProblemTypes.forStatus(status), "Invalid request",
                detail);
        problem.setProperty("errors", errors);
        return write(exchange, problem);
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        problem.setInstance(ProblemTypes.instance(exchange.getRequest().getPath().value()));
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setCacheControl("no-store");
        byte[] body = jsonMapper.writeValueAsBytes(
                ProblemTypes.body(problem, TraceContextWebFilter.traceIdOf(exchange)));
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
