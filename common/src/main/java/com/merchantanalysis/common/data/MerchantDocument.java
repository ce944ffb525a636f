package com.merchantanalysis.common.data;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A merchant as stored in {@value MerchantDataCollections#MERCHANTS}.
 *
 * @param zoneId       the merchant's time zone (IANA id); business days are counted in it
 * @param dataVersion  raised by the writer whenever the merchant's transactions change, so that
 *                     readers can key caches and reports by the data they saw
 * @param archetype    the simulator archetype it was created from (e.g. {@code hotpot}), or null for
 *                     a merchant with imported data only; benchmarks are chosen by it
 * @param cityTier     1 (Beijing, Shanghai, ...) to 5, or 0 when unknown (merchants stored before
 *                     tiers existed read as 0); benchmarks and rents depend on it
 * @param dataFrom     the first local day with a rollup (a transaction or a settlement), or null
 *                     before any data; kept by the writer, so readers know the merchant's days
 *                     without a query
 * @param dataTo       the last local day with a rollup, or null
 * @param lastTransactionDay the last local day with transactions (settlements alone do not count),
 *                     or null: where every service's default period ends
 */
@Document(MerchantDataCollections.MERCHANTS)
public record MerchantDocument(
        @Id String id,
        String name,
        Industry industry,
        String city,
        LocalDate openingDate,
        String zoneId,
        List<Licence> licences,
        List<ChannelContract> channels,
        BigDecimal openingCashBalance,
        long dataVersion,
        Instant createdAt,
        String archetype,
        Integer cityTier,
        LocalDate dataFrom,
        LocalDate dataTo,
        LocalDate lastTransactionDay) {

    public MerchantDocument {
        licences = licences == null ? List.of() : List.copyOf(licences);
        channels = channels == null ? List.of() : List.copyOf(channels);
        cityTier = cityTier == null ? 0 : cityTier;
    }

    /** A merchant with no data yet. */
    public MerchantDocument(String id, String name, Industry industry, String city, LocalDate openingDate,
            String zoneId, List<Licence> licences, List<ChannelContract> channels, BigDecimal openingCashBalance,
            long dataVersion, Instant createdAt, String archetype, Integer cityTier) {
        this(id, name, industry, city, openingDate, zoneId, licences, channels, openingCashBalance, dataVersion,
                createdAt, archetype, cityTier, null, null, null);
    }

    /** The first day any reader needs: the opening date, or an earlier day with data. */
    public LocalDate firstDay() {
        if (dataFrom != null && (openingDate == null || dataFrom.isBefore(openingDate))) {
            return dataFrom;
        }
        return openingDate != null ? openingDate : dataFrom;
    }

    /** The merchant's current business day: today in its own zone, not the server's. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZoneId.of(zoneId)));
    }
}
