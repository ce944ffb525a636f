package com.merchantanalysis.common.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's firewall refuses paths that are not normalised ({@code ..}, {@code //}, {@code ;},
 * encoded dots or slashes) and methods such as TRACE. This answers those refusals as problem+json:
 * 405 for a method, 400 for the rest.
 */
public class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    /** The methods Spring Security's strict firewall lets through. */
    public static final Set<String> ALLOWED_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE",
            "OPTIONS");

    private static final Logger log = LoggerFactory.getLogger(ProblemRequestRejectedHandler.class);

    private final ServletProblemWriter problems;

    public ProblemRequestRejectedHandler(ServletProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        // Not the exception's message: it can quote a header value, and a header can hold a token.
        log.info("Request refused by the firewall (method {})", safe(request.getMethod()));
        if (!ALLOWED_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", ALLOWED_METHODS.stream().sorted().toList()));
            problems.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed",
                    "The method " + safe(request.getMethod()) + " is not allowed", null);
            return;
        }
        problems.write(request, response, HttpStatus.BAD_REQUEST, "Bad Request",
                "The request URL or a header is not allowed: paths must be normalised (no '..', '//', ';', "
                        + "encoded '.', '/' or '%') and headers printable", null);
    }

    private static String safe(String method) {
        return method.length() > 20 || !method.chars().allMatch(c -> c >= 'A' && c <= 'Z') ? "used" : method;
    }
}
