package com.merchantanalysis.simulator.simulation.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;

import com.merchantanalysis.common.data.DailySummaries;
import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.Licence;
import com.merchantanalysis.common.data.LicenceKind;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantFields;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.simulator.job.domain.JobState;
import com.merchantanalysis.simulator.store.TransactionStore;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One simulation job from start to finish: generates the period day by day, writes it in bulk batches
 * through the {@link TransactionStore}, saves and logs progress, and records what it planted. Only one
 * batch is held at a time, so memory does not grow with the period.
 */
final class SimulationRun {

    private static final Logger log = LoggerFactory.getLogger(SimulationRun.class);

    private final SimulationJobDocument job;
    private final MerchantDocument merchant;
    private final DayModel model;
    private final PlantPlan plan;
    private final MongoTemplate mongo;
    private final TransactionStore store;
    private final DailySummaries summaries;
    private final SimulationMetrics metrics;
    private final SimulationSettings settings;
    private final Clock clock;
    private final PipelinedWriter writer;

    private long generated;
    private int daysDone;
    private Instant startedAt;

    SimulationRun(SimulationJobDocument job, MerchantDocument merchant, DayModel model, PlantPlan plan,
            MongoTemplate mongo, TransactionStore store, DailySummaries summaries, SimulationMetrics metrics,
            SimulationSettings settings, Clock clock, ExecutorService writers) {
        this.job = job;
        this.merchant = merchant;
        this.model = model;
        this.plan = plan;
        this.mongo = mongo;
        this.store = store;
        this.summaries = summaries;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
        this.writer = new PipelinedWriter(writers, settings.writersPerSimulation(),
                batch -> store.store(merchant, batch));
    }

    /** Runs to the end, or until {@code cancelled} says stop (merchant deleted, shutdown). */
    void run(BooleanSupplier cancelled) {
        MDC.put("merchantId", merchant.id());
        startedAt = clock.instant();
        int daysTotal = job.daysTotal();
        mongo.updateFirst(byId(), new Update().set("state", JobState.RUNNING).set("startedAt", startedAt),
                SimulationJobDocument.class);
        log.info("Simulation {} started: merchant {} ({}), {}..{}, seed {}, {} planted event(s)", job.id(),
                merchant.id(), model.archetype().name(), job.from(), job.to(), job.seed(), plan.all().size());
        MerchantSimulator simulator = new MerchantSimulator(merchant, model, job.seed(), plan, balanceBefore());
        List<TransactionDocument> batch = new ArrayList<>(settings.batchSize() + 1024);
        try {
            for (LocalDate day = job.from(); !day.isAfter(job.to()); day = day.plusDays(1)) {
                if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    throw new SimulationCancelled();
                }
                int count = simulator.day(day, batch::add);
                generated += count;
                metrics.generated(count);
                if (batch.size() >= settings.batchSize()) {
                    writer.write(batch);
                    batch = new ArrayList<>(settings.batchSize() + 1024);
                }
                daysDone++;
                if (daysDone % settings.progressEveryDays() == 0 && daysDone < daysTotal) {
                    progress();
                }
            }
            writer.write(batch);
            writer.flush();
            List<PlantedSummary> planted = planted(simulator);
            finish(JobState.SUCCEEDED, List.of(), planted);
        } catch (SimulationCancelled e) {
            flushQuietly();
            finish(JobState.FAILED, List.of(Message.of("job.simulationStopped", Arg.number(daysDone),
                    Arg.number(daysTotal))), List.of());
        } catch (RuntimeException e) {
            flushQuietly();
            throw e;
        } finally {
            MDC.remove("merchantId");
        }
    }

    /** The batch already handed to the writer still counts; wait for it before reporting. */
    private void flushQuietly() {
        try {
            writer.flush();
        } catch (RuntimeException e) {
            log.warn("Simulation {}: the last batch was not written: {}", job.id(), e.getMessage());
        }
    }

    private void progress() {
        double rate = rate();
        mongo.updateFirst(byId(), new Update().set("daysDone", daysDone).set("transactionsGenerated", generated)
                .set("transactionsStored", writer.stored()).set("duplicates", writer.duplicates())
                .set("ratePerSecond", rate), SimulationJobDocument.class);
        log.info("Simulation {}: {}/{} days, {} transactions generated, {} stored, {} tx/s", job.id(), daysDone,
                job.daysTotal(), generated, writer.stored(), Math.round(rate));
    }

    private void finish(JobState state, List<Message> errors, List<PlantedSummary> planted) {
        long stored = writer.stored();
        long duplicates = writer.duplicates();
        if (!planted.isEmpty()) {
            // each stored batch raised the version already; a planted licence expiry changed the merchant
            store.markChanged(merchant.id());
        }
        Instant finishedAt = clock.instant();
        mongo.updateFirst(byId(), new Update().set("state", state).set("finishedAt", finishedAt)
                .set("daysDone", daysDone).set("transactionsGenerated", generated).set("transactionsStored", stored)
                .set("duplicates", duplicates).set("ratePerSecond", rate()).set("errors", errors)
                .set("planted", planted), SimulationJobDocument.class);
        log.info("Simulation {} {} after {} ms: {} days, {} transactions generated, {} stored, {} duplicates",
                job.id(), state, ChronoUnit.MILLIS.between(startedAt, finishedAt), daysDone, generated, stored,
                duplicates);
    }

    private double rate() {
        long millis = Math.max(1, ChronoUnit.MILLIS.between(startedAt, clock.instant()));
        return Math.round(generated * 1000.0 / millis * 10) / 10.0;
    }

    /** Opening balance plus everything already stored before the period, for sizing a planted shortfall. */
    private BigDecimal balanceBefore() {
        BigDecimal balance = merchant.openingCashBalance() == null ? BigDecimal.ZERO : merchant.openingCashBalance();
        if (plan.get(PlantedEvent.CASH_SHORTFALL).isEmpty()) {
            return balance;
        }
        return summaries.upTo(merchant, job.from().minusDays(1)).stream().map(DailySummaryDocument::net)
                .filter(Objects::nonNull).reduce(balance, BigDecimal::add);
    }

    private List<PlantedSummary> planted(MerchantSimulator simulator) {
        Map<PlantedEvent, long[]> tallies = simulator.plantedSoFar();
        List<PlantedSummary> planted = new ArrayList<>();
        for (PlantPlan.Plant plant : plan.all()) {
            PlantedEvent event = plant.event();
            long[] tally = tallies.get(event);
            LocalDate from = tally == null ? plant.from() : LocalDate.ofEpochDay(tally[1]);
            LocalDate to = tally == null ? plant.to() : LocalDate.ofEpochDay(tally[2]);
            LocalDate crossed = event == PlantedEvent.CASH_SHORTFALL ? simulator.floorCrossedOn() : null;
            if (event == PlantedEvent.CASH_SHORTFALL) {
                from = plant.from();
                to = crossed != null ? crossed : job.to();
            }
            Message detail = switch (event) {
                case EXPIRING_LICENCE -> expireLicence(plant.to().plusDays(45));
                case FEE_OVERCHARGE -> feeOvercharge(plant);
                case CARD_CASH_OUT -> Message.of("planted.cardCashOut", Arg.text(plant.cardId()),
                        Arg.number(BigDecimal.valueOf(plant.limitCents(), 2)));
                case REFUND_CHARGEBACK_SPIKE -> Message.of("planted.refundChargebackSpike", Arg.number(plant.count()),
                        Arg.month(YearMonth.from(plant.from())));
                case UTILITIES_ANOMALY -> Message.of("planted.utilitiesAnomaly", Arg.month(YearMonth.from(plant.from())));
                case PERSONAL_CODE_BUSINESS -> Message.of("planted.personalCodeBusiness",
                        Arg.label("channel." + plant.channel().name()));
                case STRUCTURING -> Message.of("planted.structuring", Arg.number(plant.count()));
                case LARGE_CASH_DEPOSIT -> Message.of("planted.largeCashDeposit");
                case CASH_SHORTFALL -> Message.of(crossed != null ? "planted.cashShortfallCrossed"
                        : "planted.cashShortfallHeld",
                        Arg.number(BigDecimal.valueOf(simulator.declineSalesLost())), Arg.number(CashDecline.RAMP_DAYS),
                        Arg.date(plant.from()), Arg.number(simulator.declineRisePerDay()),
                        Arg.date(crossed != null ? crossed : job.to()), Arg.date(plant.to()));
            };
            planted.add(new PlantedSummary(event, event.label(), event.service(), event.finder(), from, to,
                    tally == null ? 0 : tally[0], detail, channelOf(plant), crossed));
        }
        return planted;
    }

    private static PaymentChannel channelOf(PlantPlan.Plant plant) {
        return plant.event() == PlantedEvent.FEE_OVERCHARGE || plant.event() == PlantedEvent.PERSONAL_CODE_BUSINESS
                ? plant.channel() : null;
    }

    private Message feeOvercharge(PlantPlan.Plant plant) {
        Arg channel = Arg.label("channel." + plant.channel().name());
        Arg charged = Arg.number(BigDecimal.valueOf(plant.feePpm(), 6));
        // the contract the rate was planted against; gone only if the merchant was edited meanwhile
        return merchant.channels().stream().filter(c -> c.channel() == plant.channel()).findFirst()
                .map(c -> Message.of("planted.feeOvercharge", channel, charged, Arg.number(c.feeRate())))
                .orElseGet(() -> Message.of("planted.feeOverchargeNoContract", channel, charged));
    }

    /** Sets the first non-business licence (or the business licence) to expire on {@code validUntil}. */
    private Message expireLicence(LocalDate validUntil) {
        List<Licence> licences = new ArrayList<>(merchant.licences());
        int index = 0;
        for (int i = 0; i < licences.size(); i++) {
            if (licences.get(i).kind() != LicenceKind.BUSINESS_LICENCE) {
                index = i;
                break;
            }
        }
        Licence changed;
        if (licences.isEmpty()) {
            changed = new Licence(LicenceKind.BUSINESS_LICENCE, "SIM" + Math.abs(job.seed() % 1_000_000_000L), validUntil);
            licences.add(changed);
        } else {
            Licence old = licences.get(index);
            changed = new Licence(old.kind(), old.number(), validUntil);
            licences.set(index, changed);
        }
        mongo.updateFirst(query(where(MerchantFields.ID).is(merchant.id())), new Update().set(MerchantFields.LICENCES, licences),
                MerchantDocument.class);
        return Message.of("planted.expiringLicence", Arg.label("licence." + changed.kind().name()),
                Arg.text(changed.number()), Arg.date(validUntil));
    }

    private Query byId() {
        return query(where("_id").is(job.id()));
    }

    /** Thrown inside the run loop to stop early. */
    static final class SimulationCancelled extends RuntimeException {
        SimulationCancelled() {
            super(null, null, false, false);
        }
    }
}
