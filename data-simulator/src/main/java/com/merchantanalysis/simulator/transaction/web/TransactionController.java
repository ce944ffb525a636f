package com.merchantanalysis.simulator.transaction.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.period.PeriodSettings;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.InvalidFieldException;
import com.merchantanalysis.simulator.transaction.domain.RollupRepair;
import com.merchantanalysis.simulator.transaction.domain.TransactionFilter;
import com.merchantanalysis.simulator.transaction.domain.TransactionQueries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Transactions", description = "A merchant's transactions, their CSV export and the daily rollups")
@RequestMapping("/api/v1/simulator/merchants/{merchantId}")
class TransactionController {

    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    private static final int MAX_DAYS = 3_660;

    private final TransactionQueries queries;
    private final MerchantReader merchants;
    private final RollupRepair repair;
    private final PeriodSettings periods;

    TransactionController(TransactionQueries queries, MerchantReader merchants, RollupRepair repair,
            PeriodSettings periods) {
        this.queries = queries;
        this.merchants = merchants;
        this.repair = repair;
        this.periods = periods;
    }

    @Operation(summary = "List transactions, oldest first",
            description = "from/to are merchant-local dates (inclusive). With Accept: text/csv the whole filtered "
                    + "list is exported as CSV (import columns), formula-like text cells prefixed with '.")
    @GetMapping("/transactions")
    ResponseEntity<TransactionPage> list(@PathVariable String merchantId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) TransactionKind kind,
            @RequestParam(required = false) PaymentChannel channel,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            Authentication authentication, HttpServletResponse response) throws IOException {
        MerchantDocument merchant = merchants.require(Caller.from(authentication), merchantId);
        TransactionFilter filter = filter(from, to, kind, channel);
        if (wantsCsv(accept)) {
            writeCsv(merchant, filter, response);
            return null;
        }
        ZoneId zone = ZoneId.of(merchant.zoneId());
        var found = queries.page(merchant, filter, page, size);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new TransactionPage(
                found.getContent().stream().map(tx -> TransactionView.of(tx, zone)).toList(), found.getNumber(),
                found.getSize(), found.getTotalElements(), found.getTotalPages()));
    }

    @Operation(summary = "Export transactions as CSV (import columns, spreadsheet-safe)")
    @GetMapping("/transactions.csv")
    void export(@PathVariable String merchantId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) TransactionKind kind,
            @RequestParam(required = false) PaymentChannel channel, Authentication authentication,
            HttpServletResponse response) throws IOException {
        MerchantDocument merchant = merchants.require(Caller.from(authentication), merchantId);
        writeCsv(merchant, filter(from, to, kind, channel), response);
    }

    @Operation(summary = "Daily rollups (merchant-local dates)",
            description = "Read from the rollups maintained at write time. Without from/to: the default period's days "
                    + "(merchant.period.default-days, 90) up to the merchant's last day with transactions.")
    @GetMapping("/daily")
    DailyResponse daily(@PathVariable String merchantId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Authentication authentication) {
        MerchantDocument merchant = merchants.require(Caller.from(authentication), merchantId);
        LocalDate end = to != null ? to : merchant.lastTransactionDay();
        if (end == null) {
            return new DailyResponse(merchant.id(), merchant.dataVersion(), from, null, List.of());
        }
        LocalDate start = from != null ? from : end.minusDays(periods.defaultDays() - 1);
        if (to == null && end.isBefore(start)) {
            // asked from a day after the last data: nothing yet, not a bad request
            return new DailyResponse(merchant.id(), merchant.dataVersion(), start, start, List.of());
        }
        checkPeriod(start, end);
        return new DailyResponse(merchant.id(), merchant.dataVersion(), start, end,
                queries.daily(merchant, start, end).stream().map(DailySummaryView::of).toList());
    }

    @Operation(summary = "Recompute the daily rollups from the transactions (repair)",
            description = "Writes finish themselves after a crash; this sets every rollup again from the stored "
                    + "transactions. Raises the merchant's dataVersion.")
    @PostMapping("/daily:rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    RebuildResponse rebuildDaily(@PathVariable String merchantId, Authentication authentication) {
        MerchantDocument merchant = merchants.require(Caller.from(authentication), merchantId);
        int days = repair.rebuild(merchant);
        return new RebuildResponse(merchant.id(), days);
    }

    /** Streams the CSV straight from the database cursor to the client, never holding it all. */
    private void writeCsv(MerchantDocument merchant, TransactionFilter filter, HttpServletResponse response)
            throws IOException {
        response.setContentType(new MediaType(TEXT_CSV, StandardCharsets.UTF_8).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("transactions-" + merchant.id() + ".csv").build().toString());
        TransactionCsvWriter.write(queries.stream(merchant, filter), ZoneId.of(merchant.zoneId()),
                response.getOutputStream());
    }

    private static TransactionFilter filter(LocalDate from, LocalDate to, TransactionKind kind,
            PaymentChannel channel) {
        if (from != null && to != null) {
            checkPeriod(from, to);
        }
        return new TransactionFilter(from, to, kind, channel);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidFieldException("to", "the period must be at most " + MAX_DAYS + " days");
        }
    }

    /** CSV only when asked for by name; a browser's or client's wildcard gets JSON. */
    private static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
            types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            for (MediaType type : types) {
                if (type.isWildcardType() || type.isWildcardSubtype()) {
                    continue;
                }
                return type.isCompatibleWith(TEXT_CSV);
            }
            return false;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
