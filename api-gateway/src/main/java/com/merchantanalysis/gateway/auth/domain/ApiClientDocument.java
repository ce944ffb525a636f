package com.merchantanalysis.gateway.auth.domain;

import java.time.Instant;
import java.util.Set;

import com.merchantanalysis.common.security.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An API client allowed to ask for tokens. Only a bcrypt hash of its secret is kept.
 *
 * @param merchantId  the one merchant a MERCHANT client may see; null for staff clients
 */
@Document("api_clients")
public record ApiClientDocument(
        @Id String clientId,
        String secretHash,
        Set<Role> roles,
        String merchantId,
        String createdBy,
        Instant createdAt) {

    public ApiClientDocument {
        roles = Set.copyOf(roles);
    }
}
