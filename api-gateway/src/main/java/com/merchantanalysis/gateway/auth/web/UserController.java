package com.merchantanalysis.gateway.auth.web;

import java.net.URI;

import jakarta.validation.Valid;

import com.merchantanalysis.gateway.auth.domain.UserService;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Console users: an ADMIN creates them; they sign in with a password for the same token an API client gets. */
@RestController
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    // how a person gets a token, so the definition asks for none
    @SecurityRequirements
    @PostMapping(path = "/auth/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<TokenResponse>> login(@Valid @RequestBody LoginRequest request) {
        return users.login(request.username(), request.password())
                .map(token -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .header("Pragma", "no-cache")
                        .body(new TokenResponse(token.accessToken(), "Bearer", token.expiresInSeconds())));
    }

    @PostMapping(path = "/auth/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    Mono<ResponseEntity<CreatedUserResponse>> create(@Valid @RequestBody CreateUserRequest request,
            Authentication admin) {
        return users.create(request.username(), request.password(), request.roles(), request.merchantId(),
                        admin.getName())
                .map(created -> ResponseEntity.created(URI.create("/auth/users/" + created.user().username()))
                        .cacheControl(CacheControl.noStore())
                        .body(new CreatedUserResponse(created.user().username(), created.generatedPassword(),
                                created.user().roles(), created.user().merchantId())));
    }
}
