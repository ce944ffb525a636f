package com.merchantanalysis.common.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's JSON error page: whatever ends in an error dispatch (a {@code sendError} from the
 * container, Spring Security's firewall or a filter) is answered as problem+json like everything else.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ServletProblemWriter problems;

    public ProblemErrorController(ServletProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // Asked for directly rather than dispatched to: there is nothing here.
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        if (code == null) {
            path = request.getRequestURI();
        }
        if (status.is5xxServerError() && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable e) {
            log.error("Unhandled error on {}", path, e);
        }
        problems.write(request, response, status, status.is5xxServerError() ? "Internal error" : status.getReasonPhrase(),
                detail(status), path);
    }

    static String detail(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "The request could not be processed; check its URL, headers and body";
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed here";
            case 413 -> "The request body is larger than allowed";
            case 415 -> "This content type is not supported here";
            default -> status.is5xxServerError()
                    ? "The request could not be completed; quote the traceId when reporting it"
                    : status.getReasonPhrase();
        };
    }
}
