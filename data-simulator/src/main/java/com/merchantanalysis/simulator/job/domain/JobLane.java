package com.merchantanalysis.simulator.job.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A bounded pool for one kind of job, so that a long simulation does not hold up an import (each kind
 * gets its own threads and queue) while both stay jobs of the same kind: stored, followed and failed
 * the same way.
 */
public final class JobLane {

    private final String name;
    private final Jobs jobs;
    private final MongoTemplate mongo;
    private final ThreadPoolExecutor executor;

    JobLane(String name, int threads, int queueCapacity, Jobs jobs, MongoTemplate mongo) {
        this.name = name;
        this.jobs = jobs;
        this.mongo = mongo;
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                queueCapacity == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queueCapacity),
                runnable -> {
                    Thread thread = new Thread(runnable, name + "-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Runs the stored job's work on this lane. When the lane is full the job is removed again and the
     * caller gets 503 with Retry-After: nothing was started.
     */
    public void submit(String jobId, String merchantId, JobWork work) {
        try {
            executor.execute(() -> jobs.run(jobId, merchantId, work));
        } catch (RejectedExecutionException e) {
            mongo.remove(query(where("_id").is(jobId)), JobHeader.class);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "Too many " + name + " are queued; try again later");
            ErrorResponseException busy = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, e);
            busy.getHeaders().set(HttpHeaders.RETRY_AFTER, "30");
            throw busy;
        }
    }

    void shutdownNow() {
        executor.shutdownNow();
    }
}
