package com.merchantanalysis.common.web;

import java.io.IOException;

/** A request body went over {@link RequestLimitsSettings#maxRequestBody()} while it was being read. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than " + limitBytes + " bytes");
    }
}
