package com.merchantanalysis.gateway.auth.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.merchantanalysis.common.security.Role;

/**
 * A console user. {@code password} is optional: without one a password is generated and shown once.
 *
 * @param merchantId  required for a MERCHANT user, the one merchant it may see; absent for staff
 */
record CreateUserRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}",
                message = "must be 3-64 letters, digits, '.', '_', '@' or '-'") String username,
        @Size(max = 200) String password,
        @NotEmpty @Size(max = 3) Set<@NotNull Role> roles,
        @Size(max = 64) String merchantId) {

    @Override
    public String toString() {
        return "CreateUserRequest[username=" + username + ", roles=" + roles + ", merchantId=" + merchantId + "]";
    }
}
