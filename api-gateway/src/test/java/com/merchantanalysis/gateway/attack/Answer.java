package com.merchantanalysis.gateway.attack;

import java.util.function.Function;

import com.merchantanalysis.common.testsupport.TestHttp;

/** One answer, from the HTTP client or a raw socket, as the attack checks read it. */
record Answer(int status, String contentType, String body, Function<String, String> headers) {

    static Answer of(TestHttp.Response response) {
        return new Answer(response.status(), response.contentType(), response.body() == null ? "" : response.body(),
                response::header);
    }

    static Answer of(RawHttp.Response response) {
        return new Answer(response.status(), response.contentType(), response.body(), response::header);
    }

    String header(String name) {
        return headers.apply(name);
    }

    boolean isProblemJson() {
        return contentType != null && contentType.startsWith("application/problem+json");
    }
}
