package com.merchantanalysis.simulator.simulation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.merchantanalysis.common.calendar.ChineseCalendar;
import com.merchantanalysis.common.data.Licence;
import com.merchantanalysis.common.data.LicenceKind;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.simulator.archetype.domain.Archetype;
import com.merchantanalysis.simulator.archetype.domain.ArchetypeCatalog;
import com.merchantanalysis.simulator.simulation.domain.DayModel;
import com.merchantanalysis.simulator.simulation.domain.InjectSpec;
import com.merchantanalysis.simulator.simulation.domain.MerchantSimulator;
import com.merchantanalysis.simulator.simulation.domain.PlantPlan;

/** Merchants made from the shipped archetypes, and whole periods generated in memory, for unit tests. */
public final class SimulatorFixtures {

    public static final ArchetypeCatalog CATALOG = new ArchetypeCatalog();
    public static final ChineseCalendar CALENDAR = ChineseCalendar.standard();

    private SimulatorFixtures() {
    }

    public static Archetype archetype(String name) {
        return CATALOG.find(name).orElseThrow();
    }

    public static MerchantDocument merchant(String id, String archetypeName) {
        Archetype a = archetype(archetypeName);
        return new MerchantDocument(id, a.defaults().name(), a.industry(), a.defaults().city(), a.defaults().openingDate(),
                "Asia/Shanghai", List.of(new Licence(LicenceKind.FOOD_BUSINESS_LICENCE, "JY11234567890123",
                        LocalDate.of(2030, 1, 1))),
                a.channelContracts(), a.defaults().openingCashBalance(), 0, Instant.EPOCH, a.name(),
                a.defaults().cityTier());
    }

    public static DayModel model(MerchantDocument merchant) {
        return new DayModel(archetype(merchant.archetype()), CALENDAR, merchant.cityTier());
    }

    public static MerchantSimulator simulator(MerchantDocument merchant, long seed, PlantPlan plan) {
        return new MerchantSimulator(merchant, model(merchant), seed, plan, merchant.openingCashBalance());
    }

    public static PlantPlan plan(MerchantDocument merchant, LocalDate from, LocalDate to, long seed,
            List<InjectSpec> inject) {
        return PlantPlan.resolve(inject, from, to, merchant, seed, model(merchant).meanTicket(from));
    }

    /** Every transaction of the period, in memory: only for short periods in tests. */
    public static List<TransactionDocument> generate(MerchantDocument merchant, long seed, LocalDate from, LocalDate to,
            PlantPlan plan) {
        MerchantSimulator simulator = simulator(merchant, seed, plan);
        List<TransactionDocument> all = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            simulator.day(day, all::add);
        }
        return all;
    }

    public static BigDecimal sum(List<TransactionDocument> transactions) {
        return transactions.stream().map(TransactionDocument::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
