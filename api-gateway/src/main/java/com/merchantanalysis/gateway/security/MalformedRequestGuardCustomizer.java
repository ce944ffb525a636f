package com.merchantanalysis.gateway.security;

import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import reactor.netty.NettyPipeline;

/** Puts a {@link MalformedRequestGuard} on every HTTP/1.1 connection, just before Reactor Netty's own handling. */
class MalformedRequestGuardCustomizer implements WebServerFactoryCustomizer<NettyReactiveWebServerFactory> {

    @Override
    public void customize(NettyReactiveWebServerFactory factory) {
        factory.addServerCustomizers(server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            var pipeline = channel.pipeline();
            if (pipeline.get(NettyPipeline.HttpTrafficHandler) != null && pipeline.get(MalformedRequestGuard.NAME) == null) {
                pipeline.addBefore(NettyPipeline.HttpTrafficHandler, MalformedRequestGuard.NAME, new MalformedRequestGuard());
            }
        }));
    }
}
