package com.merchantanalysis.simulator.merchant.domain;

import com.merchantanalysis.common.data.MerchantDocument;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface MerchantRepository extends MongoRepository<MerchantDocument, String> {
}
