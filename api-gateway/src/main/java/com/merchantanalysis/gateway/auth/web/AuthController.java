package com.merchantanalysis.gateway.auth.web;

import java.net.URI;

import jakarta.validation.Valid;

import com.merchantanalysis.common.web.InvalidFieldException;
import com.merchantanalysis.gateway.auth.domain.ApiClientService;
import com.merchantanalysis.gateway.auth.domain.IssuedToken;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class AuthController {

    private static final String CLIENT_CREDENTIALS = "client_credentials";

    private final ApiClientService clients;

    AuthController(ApiClientService clients) {
        this.clients = clients;
    }

    // how a client gets a token, so the definition asks for none
    @SecurityRequirements
    @PostMapping(path = "/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<TokenResponse>> tokenFromJson(@Valid @RequestBody TokenRequest request) {
        return token(request.grantType(), request.clientId(), request.clientSecret());
    }

    @SecurityRequirements
    @PostMapping(path = "/auth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<TokenResponse>> tokenFromForm(ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> token(form.getFirst("grant_type"),
                required(form, "client_id", 100), required(form, "client_secret", 200)));
    }

    @PostMapping(path = "/auth/clients", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    Mono<ResponseEntity<CreatedClientResponse>> createClient(@Valid @RequestBody CreateClientRequest request,
            Authentication admin) {
        return clients.create(request.clientId(), request.roles(), request.merchantId(), admin.getName())
                .map(created -> ResponseEntity.created(URI.create("/auth/clients/" + created.client().clientId()))
                        .cacheControl(CacheControl.noStore())
                        .body(new CreatedClientResponse(created.client().clientId(), created.secret(),
                                created.client().roles(), created.client().merchantId())));
    }

    private Mono<ResponseEntity<TokenResponse>> token(String grantType, String clientId, String secret) {
        if (grantType != null && !CLIENT_CREDENTIALS.equals(grantType)) {
            return Mono.error(new InvalidFieldException("grant_type", "only client_credentials is supported"));
        }
        return clients.issueToken(clientId, secret).map(AuthController::tokenResponse);
    }

    private static ResponseEntity<TokenResponse> tokenResponse(IssuedToken token) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(new TokenResponse(token.accessToken(), "Bearer", token.expiresInSeconds()));
    }

    private static String required(MultiValueMap<String, String> form, String field, int maxLength) {
        String value = form.getFirst(field);
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        if (value.length() > maxLength) {
            throw new InvalidFieldException(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }
}
