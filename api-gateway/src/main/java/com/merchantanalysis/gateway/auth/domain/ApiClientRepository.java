package com.merchantanalysis.gateway.auth.domain;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

public interface ApiClientRepository extends ReactiveMongoRepository<ApiClientDocument, String> {
}
