package com.merchantanalysis.gateway.auth.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OAuth2 client-credentials request, as JSON or as a form. */
record TokenRequest(
        @JsonProperty("grant_type") @Size(max = 50) String grantType,
        @JsonProperty("client_id") @NotBlank @Size(max = 100) String clientId,
        @JsonProperty("client_secret") @NotBlank @Size(max = 200) String clientSecret) {
}
