package com.merchantanalysis.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import org.junit.jupiter.api.Test;

class MalformedRequestGuardTest {

    private static FullHttpResponse answer(HttpRequest request) {
        EmbeddedChannel channel = new EmbeddedChannel(new MalformedRequestGuard());
        channel.writeInbound(request);
        return channel.readOutbound();
    }

    @Test
    void oversizedHeadersGet431ProblemJson() {
        HttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/bad-request");
        request.setDecoderResult(DecoderResult.failure(new TooLongHttpHeaderException("too long")));

        FullHttpResponse response = answer(request);

        assertThat(response.status().code()).isEqualTo(431);
        assertThat(response.headers().get("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.content().toString(StandardCharsets.UTF_8)).contains("\"status\":431").contains("traceId");
        response.release();
    }

    @Test
    void anUnparsableUrlGets400ProblemJson() {
        FullHttpResponse response = answer(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/v1/x%"));

        assertThat(response.status().code()).isEqualTo(400);
        assertThat(response.content().toString(StandardCharsets.UTF_8)).contains("encode '%' as %25");
        response.release();
    }

    @Test
    void aGoodRequestPassesOn() {
        EmbeddedChannel channel = new EmbeddedChannel(new MalformedRequestGuard());
        channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/v1/x%25?a=b"));

        assertThat((Object) channel.readOutbound()).isNull();
        assertThat((Object) channel.readInbound()).isInstanceOf(HttpRequest.class);
    }
}
