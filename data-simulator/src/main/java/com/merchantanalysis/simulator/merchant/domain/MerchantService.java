package com.merchantanalysis.simulator.merchant.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.security.Role;
import com.merchantanalysis.common.web.InvalidFieldException;
import com.merchantanalysis.common.web.NotFoundException;
import com.merchantanalysis.simulator.archetype.domain.Archetype;
import com.merchantanalysis.simulator.archetype.domain.ArchetypeCatalog;
import com.merchantanalysis.simulator.store.TransactionStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Creates, finds, edits and deletes merchants; a MERCHANT caller only ever sees its own. */
@Service
public class MerchantService {

    /** Where simulation jobs are kept; deleted with their merchant. */
    public static final String SIMULATION_JOBS = "simulation_jobs";
    /** City tier of a merchant created without an archetype when the request does not say. */
    private static final int UNKNOWN_TIER_DEFAULT = 3;

    private static final Logger log = LoggerFactory.getLogger(MerchantService.class);

    private final MerchantRepository merchants;
    private final MerchantReader reader;
    private final MongoTemplate mongo;
    private final TransactionStore store;
    private final MerchantDefaults defaults;
    private final ArchetypeCatalog archetypes;
    private final ApplicationEventPublisher events;
    private final MerchantProfileWriter profiles;
    private final Clock clock;

    MerchantService(MerchantRepository merchants, MerchantReader reader, MongoTemplate mongo, TransactionStore store,
            MerchantDefaults defaults, ArchetypeCatalog archetypes, ApplicationEventPublisher events,
            MerchantProfileWriter profiles, Clock clock) {
        this.merchants = merchants;
        this.reader = reader;
        this.mongo = mongo;
        this.store = store;
        this.defaults = defaults;
        this.archetypes = archetypes;
        this.events = events;
        this.profiles = profiles;
        this.clock = clock;
    }

    public MerchantDocument create(NewMerchant request) {
        MerchantDocument merchant = request.archetype() == null ? plain(request) : fromArchetype(request);
        MerchantDocument saved = merchants.insert(merchant);
        log.info("Created merchant {} ({}, {}, archetype {})", saved.id(), saved.industry(), saved.city(),
                saved.archetype());
        return saved;
    }

    /** A merchant for imported data: the caller says what it is. */
    private MerchantDocument plain(NewMerchant m) {
        require(m.name(), "name");
        require(m.industry(), "industry");
        require(m.city(), "city");
        require(m.openingDate(), "openingDate");
        require(m.openingCashBalance(), "openingCashBalance");
        var channels = m.channels().isEmpty() ? defaults.channels() : m.channels();
        int tier = m.cityTier() != null ? m.cityTier()
                : archetypes.forIndustry(m.industry()).map(a -> a.defaults().cityTier()).orElse(UNKNOWN_TIER_DEFAULT);
        return new MerchantDocument(null, m.name(), m.industry(), m.city(), m.openingDate(), m.zone().getId(),
                m.licences(), channels, m.openingCashBalance(), 0, clock.instant(), null, tier);
    }

    /** A merchant made from an archetype's defaults, with what the request overrides. */
    private MerchantDocument fromArchetype(NewMerchant m) {
        Archetype archetype = archetypes.find(m.archetype()).orElseThrow(() -> new InvalidFieldException("archetype",
                "is not one of " + archetypes.all().stream().map(Archetype::name).toList()));
        var d = archetype.defaults();
        var openingDate = m.openingDate() != null ? m.openingDate() : d.openingDate();
        var licences = m.licences().isEmpty() ? MerchantLicences.forOpening(archetype.licences(), openingDate,
                java.time.LocalDate.now(clock.withZone(m.zone())), ThreadLocalRandom.current()) : m.licences();
        return new MerchantDocument(null, m.name() != null ? m.name() : d.name(),
                m.industry() != null ? m.industry() : archetype.industry(), m.city() != null ? m.city() : d.city(),
                openingDate, m.zone().getId(), licences,
                m.channels().isEmpty() ? archetype.channelContracts() : m.channels(),
                m.openingCashBalance() != null ? m.openingCashBalance() : d.openingCashBalance(), 0, clock.instant(),
                archetype.name(), m.cityTier() != null ? m.cityTier() : d.cityTier());
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required when no archetype is given");
        }
    }

    /** The merchant, if it exists and the caller may see it; otherwise 404, never a hint that it exists. */
    public MerchantDocument get(Caller caller, String merchantId) {
        return reader.require(caller, merchantId);
    }

    /**
     * Applies the edit to the merchant (404 unless the caller may see it) and raises its dataVersion, so
     * that the analyses recompute with the new profile; an edit that changes nothing keeps the version.
     */
    public MerchantDocument update(Caller caller, String merchantId, MerchantChanges changes) {
        MerchantDocument merchant = get(caller, merchantId);
        if (changes.industry() != null && merchant.archetype() != null) {
            // a simulated merchant's industry is its archetype's: benchmarks and simulations follow the archetype
            archetypes.find(merchant.archetype()).map(Archetype::industry)
                    .filter(industry -> industry != changes.industry()).ifPresent(industry -> {
                        throw new InvalidFieldException("industry", "is " + industry + " for a merchant created from "
                                + "the archetype " + merchant.archetype() + " and cannot be changed");
                    });
        }
        MerchantDocument updated = profiles.write(merchant.id(), changes)
                .orElseThrow(() -> NotFoundException.merchant(merchantId));
        if (updated.dataVersion() != merchant.dataVersion()) {
            log.info("Updated merchant {}: data version {}", updated.id(), updated.dataVersion());
        }
        return updated;
    }

    public Page<MerchantDocument> list(Caller caller, int page, int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by("createdAt", "id"));
        if (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.ANALYST)) {
            return merchants.findAll(request);
        }
        var own = merchants.findById(caller.merchantId()).stream().toList();
        return new PageImpl<>(page == 0 ? own : List.of(), request, own.size());
    }

    /**
     * Deletes the merchant with all its transactions, daily summaries and simulation jobs. The merchant
     * goes last, so a delete cut off half-way can be asked again.
     */
    public void delete(Caller caller, String merchantId) {
        MerchantDocument merchant = get(caller, merchantId);
        // Running simulations stop before the data goes, so none writes rows for a deleted merchant.
        events.publishEvent(new MerchantDeleted(merchant.id()));
        long transactions = store.deleteData(merchant);
        long jobs = mongo.remove(query(where("merchantId").is(merchant.id())), SIMULATION_JOBS).getDeletedCount();
        merchants.deleteById(merchant.id());
        log.info("Deleted merchant {} with {} transactions, their daily summaries and {} simulation jobs",
                merchant.id(), transactions, jobs);
    }
}
