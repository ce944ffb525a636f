package com.merchantanalysis.gateway.auth.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.merchantanalysis.common.security.Role;

record CreateClientRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "must be 3-64 letters, digits, '.', '_' or '-'") String clientId,
        @NotEmpty @Size(max = 3) Set<@NotNull Role> roles,
        @Size(max = 64) String merchantId) {
}
