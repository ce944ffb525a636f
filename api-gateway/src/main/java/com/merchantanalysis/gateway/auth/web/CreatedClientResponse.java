package com.merchantanalysis.gateway.auth.web;

import java.util.Set;

import com.merchantanalysis.common.security.Role;

/** The new client; {@code clientSecret} is shown only in this answer. */
record CreatedClientResponse(String clientId, String clientSecret, Set<Role> roles, String merchantId) {
}
