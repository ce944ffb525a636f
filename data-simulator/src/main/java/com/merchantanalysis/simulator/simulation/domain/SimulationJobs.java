package com.merchantanalysis.simulator.simulation.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import com.merchantanalysis.common.calendar.ChineseCalendar;
import com.merchantanalysis.common.data.DailySummaries;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.InvalidFieldException;
import com.merchantanalysis.common.web.NotFoundException;
import com.merchantanalysis.simulator.archetype.domain.Archetype;
import com.merchantanalysis.simulator.archetype.domain.ArchetypeCatalog;
import com.merchantanalysis.simulator.merchant.domain.MerchantDeleted;
import com.merchantanalysis.simulator.merchant.domain.MerchantService;
import com.merchantanalysis.simulator.store.TransactionStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Accepts simulation requests, keeps them in {@code simulation_jobs} and runs them on a small bounded
 * pool of its own (never on a request thread).
 */
@Service
public class SimulationJobs {

    private static final Logger log = LoggerFactory.getLogger(SimulationJobs.class);
    private static final int LIST_LIMIT = 50;

    private final MerchantService merchants;
    private final ArchetypeCatalog archetypes;
    private final ChineseCalendar calendar;
    private final MongoTemplate mongo;
    private final TransactionStore store;
    private final DailySummaries summaries;
    private final SimulationMetrics metrics;
    private final SimulationSettings settings;
    private final Clock clock;
    private final ThreadPoolExecutor executor;
    /** Writer threads for the running simulations, so a job's generation overlaps its bulk inserts. */
    private final ExecutorService writers;
    private final Set<String> deletedMerchants = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, AtomicInteger> runningByMerchant = new ConcurrentHashMap<>();

    SimulationJobs(MerchantService merchants, ArchetypeCatalog archetypes, ChineseCalendar calendar, MongoTemplate mongo,
            TransactionStore store, DailySummaries summaries, SimulationMetrics metrics, SimulationSettings settings,
            Clock clock) {
        this.merchants = merchants;
        this.archetypes = archetypes;
        this.calendar = calendar;
        this.mongo = mongo;
        this.store = store;
        this.summaries = summaries;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.MILLISECONDS,
                settings.queueCapacity() == 0 ? new SynchronousQueue<>()
                        : new ArrayBlockingQueue<>(settings.queueCapacity()),
                runnable -> {
                    Thread thread = new Thread(runnable, "simulation-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        AtomicInteger writerNumber = new AtomicInteger();
        this.writers = Executors.newFixedThreadPool(settings.threads() * settings.writersPerSimulation(), runnable -> {
            Thread thread = new Thread(runnable, "simulation-writer-" + writerNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Checks the request against the merchant, stores the job as QUEUED and hands it to the pool. */
    public SimulationJobDocument submit(Caller caller, String merchantId, SimulationRequest request) {
        MerchantDocument merchant = merchants.get(caller, merchantId);
        if (request.to().isBefore(request.from())) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        if (!request.to().isBefore(request.from().plusYears(settings.maxYears()))) {
            throw new InvalidFieldException("to", "the period may cover at most " + settings.maxYears() + " years");
        }
        if (merchant.openingDate() != null && request.from().isBefore(merchant.openingDate())) {
            throw new InvalidFieldException("from", "is before the merchant's opening date " + merchant.openingDate());
        }
        DayModel model = model(merchant);
        // Resolving validates every planted event now, so a bad request is a 400, not a failed job.
        PlantPlan.resolve(request.inject(), request.from(), request.to(), merchant, request.seed(),
                model.meanTicket(request.from()));
        int days = (int) ChronoUnit.DAYS.between(request.from(), request.to()) + 1;
        SimulationJobDocument job = mongo.insert(new SimulationJobDocument(null, merchant.id(), JobState.QUEUED,
                request.from(), request.to(), request.seed(), request.inject(), clock.instant(), null, null, 0, days,
                0, 0, 0, 0, List.of(), List.of()));
        try {
            executor.execute(() -> execute(job.id()));
        } catch (RejectedExecutionException e) {
            mongo.remove(query(where("_id").is(job.id())), SimulationJobDocument.class);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "Too many simulations are queued; try again later");
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, e);
        }
        log.info("Simulation {} queued for merchant {}: {}..{} ({} days), seed {}", job.id(), merchant.id(),
                request.from(), request.to(), days, request.seed());
        return job;
    }

    /** The job, if its merchant is visible to the caller; otherwise 404. */
    public SimulationJobDocument get(Caller caller, String jobId) {
        SimulationJobDocument job = mongo.findById(jobId, SimulationJobDocument.class);
        if (job == null) {
            throw new NotFoundException("No simulation job with id '" + jobId + "'");
        }
        try {
            merchants.get(caller, job.merchantId());
        } catch (NotFoundException e) {
            throw new NotFoundException("No simulation job with id '" + jobId + "'");
        }
        return job;
    }

    /** The merchant's most recent jobs, newest first. */
    public List<SimulationJobDocument> list(Caller caller, String merchantId) {
        MerchantDocument merchant = merchants.get(caller, merchantId);
        return mongo.find(query(where("merchantId").is(merchant.id()))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(LIST_LIMIT), SimulationJobDocument.class);
    }

    /** The archetype a merchant runs as: its own, or its industry's first for a merchant created without one. */
    DayModel model(MerchantDocument merchant) {
        Archetype archetype = archetypes.find(merchant.archetype())
                .or(() -> archetypes.forIndustry(merchant.industry()))
                .orElseThrow(() -> new InvalidFieldException("merchantId", "merchant " + merchant.id()
                        + " has no archetype and no archetype exists for industry " + merchant.industry()));
        return new DayModel(archetype, calendar, merchant.cityTier());
    }

    private void execute(String jobId) {
        SimulationJobDocument job = mongo.findById(jobId, SimulationJobDocument.class);
        if (job == null || job.state() != JobState.QUEUED) {
            return;
        }
        MerchantDocument merchant = mongo.findById(job.merchantId(), MerchantDocument.class);
        if (merchant == null) {
            return;
        }
        AtomicInteger running = runningByMerchant.computeIfAbsent(merchant.id(), id -> new AtomicInteger());
        running.incrementAndGet();
        metrics.started();
        try {
            DayModel model = model(merchant);
            PlantPlan plan = PlantPlan.resolve(job.inject(), job.from(), job.to(), merchant, job.seed(),
                    model.meanTicket(job.from()));
            new SimulationRun(job, merchant, model, plan, mongo, store, summaries, metrics, settings, clock, writers)
                    .run(() -> deletedMerchants.contains(merchant.id()));
        } catch (RuntimeException e) {
            log.error("Simulation {} for merchant {} failed", jobId, job.merchantId(), e);
            fail(jobId, "The simulation failed: " + safeMessage(e));
        } finally {
            metrics.finished();
            running.decrementAndGet();
        }
    }

    /** Stops the merchant's running simulations before its data is deleted (bounded wait). */
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
     * at startup (one data-simulator instance writes the merchant data).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void failInterruptedJobs() {
        try {
            long failed = mongo.updateMulti(query(where("state").in(JobState.QUEUED, JobState.RUNNING)),
                    new Update().set("state", JobState.FAILED).set("finishedAt", clock.instant())
                            .push("errors", "Interrupted by a restart of data-simulator; run it again"),
                    SimulationJobDocument.class).getModifiedCount();
            if (failed > 0) {
                log.warn("Marked {} simulation job(s) interrupted by a restart as FAILED", failed);
            }
        } catch (DataAccessException e) {
            log.warn("Could not check for simulation jobs interrupted by a restart: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        writers.shutdownNow();
    }

    private void fail(String jobId, String error) {
        try {
            mongo.updateFirst(query(where("_id").is(jobId)), new Update().set("state", JobState.FAILED)
                    .set("finishedAt", clock.instant()).push("errors", error), SimulationJobDocument.class);
        } catch (DataAccessException e) {
            log.warn("Could not mark simulation {} as failed: {}", jobId, e.getMessage());
        }
    }

    /** Enough to act on, nothing internal (no hosts, queries or class names). */
    private static String safeMessage(RuntimeException e) {
        if (e instanceof DataAccessException) {
            return "the database did not accept the data; see the service log";
        }
        return e.getMessage() == null ? "unexpected error; see the service log" : e.getMessage();
    }

}
