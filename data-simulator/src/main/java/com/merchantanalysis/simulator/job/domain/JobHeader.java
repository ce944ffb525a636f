package com.merchantanalysis.simulator.job.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What every stored job has, whatever its type: enough to find it for a caller and tell what it is. */
@Document(Jobs.COLLECTION)
record JobHeader(@Id String id, String merchantId, JobType type) {

    JobType typeOrDefault() {
        return type == null ? JobType.SIMULATION : type;
    }
}
