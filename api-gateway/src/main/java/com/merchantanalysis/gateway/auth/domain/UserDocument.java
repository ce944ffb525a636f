package com.merchantanalysis.gateway.auth.domain;

import java.time.Instant;
import java.util.Set;

import com.merchantanalysis.common.security.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who signs in with a user name and password (the console). Only a bcrypt hash of the
 * password is kept. Tokens issued to a user are the same as a client's, with the user name as subject.
 *
 * @param username    lower-case; never the same as an API client's id
 * @param merchantId  the one merchant a MERCHANT user may see; null for staff
 */
@Document("users")
public record UserDocument(
        @Id String username,
        String passwordHash,
        Set<Role> roles,
        String merchantId,
        String createdBy,
        Instant createdAt) {

    public UserDocument {
        roles = Set.copyOf(roles);
    }
}
