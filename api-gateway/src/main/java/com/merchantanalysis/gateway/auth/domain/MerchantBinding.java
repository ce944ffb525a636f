package com.merchantanalysis.gateway.auth.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Set;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantFields;
import com.merchantanalysis.common.security.Role;
import com.merchantanalysis.common.web.InvalidFieldException;

import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import reactor.core.publisher.Mono;

/**
 * The one rule for who may be bound to a merchant, shared by API clients and users: a MERCHANT has no
 * other role and names an existing merchant; staff (ADMIN, ANALYST) name none.
 */
final class MerchantBinding {

    private MerchantBinding() {
    }

    /** Completes empty when the roles and merchant go together, else fails with 400 naming the field. */
    static Mono<Void> check(ReactiveMongoOperations mongo, Set<Role> roles, String merchantId, String noun) {
        boolean merchantAccount = roles.contains(Role.MERCHANT);
        if (merchantAccount && roles.size() > 1) {
            return Mono.error(new InvalidFieldException("roles", "MERCHANT cannot be combined with other roles"));
        }
        if (merchantAccount && (merchantId == null || merchantId.isBlank())) {
            return Mono.error(new InvalidFieldException("merchantId", "is required for a MERCHANT " + noun));
        }
        if (!merchantAccount && merchantId != null) {
            return Mono.error(new InvalidFieldException("merchantId", "is only allowed for a MERCHANT " + noun));
        }
        if (!merchantAccount) {
            return Mono.empty();
        }
        return mongo.exists(query(where(MerchantFields.ID).is(merchantId)), MerchantDocument.class)
                .flatMap(exists -> exists ? Mono.<Void>empty()
                        : Mono.error(new InvalidFieldException("merchantId", "names no existing merchant")));
    }
}
