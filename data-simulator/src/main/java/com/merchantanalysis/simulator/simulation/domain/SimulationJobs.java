package com.merchantanalysis.simulator.simulation.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import jakarta.annotation.PreDestroy;

import com.merchantanalysis.common.calendar.ChineseCalendar;
import com.merchantanalysis.common.data.DailySummaries;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.InvalidFieldException;
import com.merchantanalysis.common.web.NotFoundException;
import com.merchantanalysis.simulator.archetype.domain.Archetype;
import com.merchantanalysis.simulator.archetype.domain.ArchetypeCatalog;
import com.merchantanalysis.simulator.job.domain.JobLane;
import com.merchantanalysis.simulator.job.domain.JobState;
import com.merchantanalysis.simulator.job.domain.JobType;
import com.merchantanalysis.simulator.job.domain.Jobs;
import com.merchantanalysis.simulator.merchant.domain.MerchantService;
import com.merchantanalysis.simulator.store.TransactionStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Accepts simulation requests, keeps them as jobs ({@link Jobs}) and runs them on the simulation lane
 * (never on a request thread).
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
    private final Jobs jobs;
    private final JobLane lane;
    /** Writer threads for the running simulations, so a job's generation overlaps its bulk inserts. */
    private final ExecutorService writers;

    SimulationJobs(MerchantService merchants, ArchetypeCatalog archetypes, ChineseCalendar calendar, MongoTemplate mongo,
            TransactionStore store, DailySummaries summaries, SimulationMetrics metrics, SimulationSettings settings,
            Clock clock, Jobs jobs) {
        this.merchants = merchants;
        this.archetypes = archetypes;
        this.calendar = calendar;
        this.mongo = mongo;
        this.store = store;
        this.summaries = summaries;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
        this.jobs = jobs;
        this.lane = jobs.lane("simulations", settings.threads(), settings.queueCapacity());
        AtomicInteger writerNumber = new AtomicInteger();
        this.writers = Executors.newFixedThreadPool(settings.threads() * settings.writersPerSimulation(), runnable -> {
            Thread thread = new Thread(runnable, "simulation-writer-" + writerNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Checks the request against the merchant, stores the job as QUEUED and hands it to the lane. */
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
                0, 0, 0, 0, List.of(), List.of(), JobType.SIMULATION));
        lane.submit(job.id(), merchant.id(), cancelled -> execute(job.id(), cancelled));
        log.info("Simulation {} queued for merchant {}: {}..{} ({} days), seed {}", job.id(), merchant.id(),
                request.from(), request.to(), days, request.seed());
        return job;
    }

    /** The job as stored; the caller was checked by {@link Jobs#typeOf}. */
    public SimulationJobDocument find(String jobId) {
        SimulationJobDocument job = mongo.findById(jobId, SimulationJobDocument.class);
        if (job == null) {
            throw new NotFoundException("No simulation job with id '" + jobId + "'");
        }
        return job;
    }

    /** The merchant's most recent simulations, newest first. */
    public List<SimulationJobDocument> list(Caller caller, String merchantId) {
        MerchantDocument merchant = merchants.get(caller, merchantId);
        return mongo.find(query(where("merchantId").is(merchant.id()).and("type").ne(JobType.IMPORT))
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

    private void execute(String jobId, BooleanSupplier cancelled) {
        SimulationJobDocument job = mongo.findById(jobId, SimulationJobDocument.class);
        if (job == null || job.state() != JobState.QUEUED) {
            return;
        }
        MerchantDocument merchant = mongo.findById(job.merchantId(), MerchantDocument.class);
        if (merchant == null) {
            return;
        }
        metrics.started();
        try {
            DayModel model = model(merchant);
            PlantPlan plan = PlantPlan.resolve(job.inject(), job.from(), job.to(), merchant, job.seed(),
                    model.meanTicket(job.from()));
            new SimulationRun(job, merchant, model, plan, mongo, store, summaries, metrics, settings, clock, writers)
                    .run(cancelled);
        } catch (RuntimeException e) {
            log.error("Simulation {} for merchant {} failed", jobId, job.merchantId(), e);
            jobs.fail(jobId, Jobs.failure(e));
        } finally {
            metrics.finished();
        }
    }

    @PreDestroy
    void stop() {
        writers.shutdownNow();
    }
}
