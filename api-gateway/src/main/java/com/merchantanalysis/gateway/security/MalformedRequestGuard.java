package com.merchantanalysis.gateway.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import com.merchantanalysis.common.web.ProblemTypes;
import com.merchantanalysis.common.web.TraceContextFilter;
import com.merchantanalysis.common.web.TraceParent;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.springframework.http.HttpStatusCode;

/**
 * Answers, as problem+json, the requests Netty or Spring would refuse with an empty body before any
 * filter runs: headers over the size limit (431, e.g. a 64 KB token), a request line over the limit
 * (414), an unparsable request, or a URL Java cannot parse (a raw {@code %}: 400). The connection is
 * closed afterwards, as Netty does, since the rest of such a request cannot be trusted.
 * One instance per connection (it remembers whether the current request was refused).
 */
class MalformedRequestGuard extends ChannelInboundHandlerAdapter {

    static final String NAME = "merchant.malformedRequestGuard";

    private boolean refusing;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request) {
            HttpResponseStatus status = refusal(request);
            if (status != null) {
                refusing = true;
                ReferenceCountUtil.release(msg);
                ctx.writeAndFlush(problem(status)).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            refusing = false;
        } else if (refusing) {
            // The body of a refused request: drop it, the connection is closing.
            ReferenceCountUtil.release(msg);
            return;
        }
        ctx.fireChannelRead(msg);
    }

    private static HttpResponseStatus refusal(HttpRequest request) {
        DecoderResult result = request.decoderResult();
        if (result.isFailure()) {
            Throwable cause = result.cause();
            if (cause instanceof TooLongHttpHeaderException) {
                return HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            }
            if (cause instanceof TooLongHttpLineException) {
                return HttpResponseStatus.REQUEST_URI_TOO_LONG;
            }
            return HttpResponseStatus.BAD_REQUEST;
        }
        try {
            new URI(request.uri());
            return null;
        } catch (URISyntaxException e) {
            return HttpResponseStatus.BAD_REQUEST;
        }
    }

    private static FullHttpResponse problem(HttpResponseStatus status) {
        String traceId = TraceParent.newTrace().traceId();
        String detail = switch (status.code()) {
            case 431 -> "The request headers are larger than allowed (a bearer token is at most 8 KB)";
            case 414 -> "The request URL is longer than allowed";
            default -> "The request could not be parsed; check its URL (encode '%' as %25) and headers";
        };
        String body = "{\"type\":\"" + ProblemTypes.forStatus(HttpStatusCode.valueOf(status.code()))
                + "\",\"title\":\"" + status.reasonPhrase() + "\",\"status\":" + status.code()
                + ",\"detail\":\"" + detail + "\",\"traceId\":\"" + traceId + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(bytes));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .set(HttpHeaderNames.CONTENT_LENGTH, bytes.length)
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store")
                .set("X-Content-Type-Options", "nosniff")
                .set(TraceContextFilter.TRACE_ID_HEADER, traceId)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return response;
    }
}
