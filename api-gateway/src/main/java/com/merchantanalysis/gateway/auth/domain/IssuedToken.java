package com.merchantanalysis.gateway.auth.domain;

/** A signed access token and its lifetime in seconds. */
public record IssuedToken(String accessToken, long expiresInSeconds) {
}
