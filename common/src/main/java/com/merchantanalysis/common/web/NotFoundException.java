package com.merchantanalysis.common.web;

/** Something the caller named does not exist, or the caller may not know that it exists. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException merchant(String merchantId) {
        return new NotFoundException("No merchant with id '" + merchantId + "'");
    }
}
