package com.merchantanalysis.simulator.job.domain;

/**
 * What a job does. Stored with the job; a job written before imports ran as jobs has no type and is a
 * simulation.
 */
public enum JobType {
    SIMULATION,
    IMPORT
}
