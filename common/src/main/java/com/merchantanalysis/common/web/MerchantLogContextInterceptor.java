package com.merchantanalysis.common.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the merchant a request names in its path ({@code .../merchants/{merchantId}/...}) into the log
 * context, so that every line logged while handling it carries {@code merchantId} and Kibana finds all
 * logs of one merchant. Runs once the handler is known (its path variables are), before the controller;
 * {@link TraceContextFilter} removes the key when the request ends.
 */
public class MerchantLogContextInterceptor implements HandlerInterceptor {

    public static final String MDC_KEY = "merchantId";
    static final String PATH_VARIABLE = "merchantId";
    /** Longer than any merchant id: such a value is not logged as one. */
    static final int MAX_LENGTH = 64;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get(PATH_VARIABLE) instanceof String merchantId
                && !merchantId.isBlank() && merchantId.length() <= MAX_LENGTH) {
            MDC.put(MDC_KEY, merchantId);
        }
        return true;
    }
}
