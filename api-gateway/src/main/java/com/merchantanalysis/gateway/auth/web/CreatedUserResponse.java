package com.merchantanalysis.gateway.auth.web;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.merchantanalysis.common.security.Role;

/** The new user; {@code password} only when it was generated, and only in this answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CreatedUserResponse(String username, String password, Set<Role> roles, String merchantId) {
}
