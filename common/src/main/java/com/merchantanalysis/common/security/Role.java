package com.merchantanalysis.common.security;

/** What an API client may do. A MERCHANT client is bound to exactly one merchant. */
public enum Role {
    ADMIN,
    ANALYST,
    MERCHANT;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
