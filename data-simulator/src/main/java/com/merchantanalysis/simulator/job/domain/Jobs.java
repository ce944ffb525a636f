package com.merchantanalysis.simulator.job.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.NotFoundException;
import com.merchantanalysis.simulator.merchant.domain.MerchantDeleted;
import com.merchantanalysis.simulator.merchant.domain.MerchantService;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * data-simulator's background jobs: simulations and large imports. They are kept in
 * {@code simulation_jobs}, run on small bounded lanes of their own (never on a request thread), are
 * found by id for a caller who may see their merchant, stop when their merchant is deleted, and are
 * marked failed when a restart cut them off. Each kind of job keeps its own fields and progress in its
 * document; this class only touches what all of them share.
 */
@Service
public class Jobs {

    public static final String COLLECTION = MerchantService.SIMULATION_JOBS;

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final MerchantService merchants;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final List<JobLane> lanes = new CopyOnWriteArrayList<>();
    private final Set<String> deletedMerchants = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, AtomicInteger> runningByMerchant = new ConcurrentHashMap<>();

    Jobs(MerchantService merchants, MongoTemplate mongo, Clock clock) {
        this.merchants = merchants;
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * A lane for one kind of job.
     *
     * @param name          plural, as the 503 names it ("simulations")
     * @param queueCapacity jobs waiting for a thread; more are refused with 503
     */
    public JobLane lane(String name, int threads, int queueCapacity) {
        JobLane lane = new JobLane(name, threads, queueCapacity, this, mongo);
        lanes.add(lane);
        return lane;
    }

    /** The job's type, if the job exists and its merchant is visible to the caller; otherwise 404. */
    public JobType typeOf(Caller caller, String jobId) {
        JobHeader job = mongo.findById(jobId, JobHeader.class);
        if (job == null) {
            throw new NotFoundException("No job with id '" + jobId + "'");
        }
        try {
            merchants.get(caller, job.merchantId());
        } catch (NotFoundException e) {
            throw new NotFoundException("No job with id '" + jobId + "'");
        }
        return job.typeOrDefault();
    }

    /** Marks the job failed with a message for the person following it, worded when the job is read. */
    public void fail(String jobId, Message error) {
        try {
            mongo.updateFirst(query(where("_id").is(jobId)), new Update().set("state", JobState.FAILED)
                    .set("finishedAt", clock.instant()).push("errors", error), JobHeader.class);
        } catch (DataAccessException e) {
            log.warn("Could not mark job {} as failed: {}", jobId, e.getMessage());
        }
    }

    /** Why a job failed: enough to act on, nothing internal (no hosts, queries or class names). */
    public static Message failure(RuntimeException e) {
        if (e instanceof DataAccessException) {
            return Message.of("job.failedInDatabase");
        }
        return e.getMessage() == null ? Message.of("job.failedUnexpectedly")
                : Message.of("job.failed", Arg.text(e.getMessage()));
    }

    /** On a lane's thread: the work, with the merchant in the log context and a way to be stopped. */
    void run(String jobId, String merchantId, JobWork work) {
        AtomicInteger running = runningByMerchant.computeIfAbsent(merchantId, id -> new AtomicInteger());
        running.incrementAndGet();
        MDC.put("merchantId", merchantId);
        try {
            work.run(() -> deletedMerchants.contains(merchantId) || Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            log.error("Job {} for merchant {} failed", jobId, merchantId, e);
            fail(jobId, failure(e));
        } finally {
            MDC.remove("merchantId");
            running.decrementAndGet();
        }
    }

    /** Stops the merchant's running jobs before its data is deleted (bounded wait). */
    @EventListener
    void onMerchantDeleted(MerchantDeleted event) {
        deletedMerchants.add(event.merchantId());
        AtomicInteger running = runningByMerchant.get(event.merchantId());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (running != null && running.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        deletedMerchants.remove(event.merchantId());
    }

    /**
     * Jobs left QUEUED or RUNNING by a previous run of the service can never finish: say so. Runs once
     * at startup (one data-simulator instance writes the merchant data). What they stored stays, and
     * running them again stores only what is missing.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void failInterruptedJobs() {
        try {
            long failed = mongo.updateMulti(query(where("state").in(JobState.QUEUED, JobState.RUNNING)),
                    new Update().set("state", JobState.FAILED).set("finishedAt", clock.instant())
                            .push("errors", Message.of("job.interruptedByRestart")),
                    JobHeader.class).getModifiedCount();
            if (failed > 0) {
                log.warn("Marked {} job(s) interrupted by a restart as FAILED", failed);
            }
        } catch (DataAccessException e) {
            log.warn("Could not check for jobs interrupted by a restart: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        lanes.forEach(JobLane::shutdownNow);
    }
}
