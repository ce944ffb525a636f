package com.merchantanalysis.simulator.imports.domain;

import static com.merchantanalysis.simulator.imports.format.ImportFields.AMOUNT;
import static com.merchantanalysis.simulator.imports.format.ImportFields.CHANNEL;
import static com.merchantanalysis.simulator.imports.format.ImportFields.COUNTERPARTY_ID;
import static com.merchantanalysis.simulator.imports.format.ImportFields.COUNTERPARTY_TYPE;
import static com.merchantanalysis.simulator.imports.format.ImportFields.CROSS_BORDER;
import static com.merchantanalysis.simulator.imports.format.ImportFields.DESCRIPTION;
import static com.merchantanalysis.simulator.imports.format.ImportFields.DIRECTION;
import static com.merchantanalysis.simulator.imports.format.ImportFields.EXTERNAL_ID;
import static com.merchantanalysis.simulator.imports.format.ImportFields.FEE;
import static com.merchantanalysis.simulator.imports.format.ImportFields.INVOICE_REFERENCE;
import static com.merchantanalysis.simulator.imports.format.ImportFields.KIND;
import static com.merchantanalysis.simulator.imports.format.ImportFields.PERSONAL_COLLECTION_CODE;
import static com.merchantanalysis.simulator.imports.format.ImportFields.TIMESTAMP;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.Counterparty;
import com.merchantanalysis.common.data.CounterpartyType;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.data.TransactionSource;
import com.merchantanalysis.simulator.imports.format.Pseudonyms;
import com.merchantanalysis.simulator.imports.format.RowError;
import com.merchantanalysis.simulator.imports.format.SourceRow;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

/**
 * Turns one uploaded row into a transaction of the merchant, or says everything that is wrong with it.
 * Text cells are kept as text whatever they look like (a cell starting with {@code =} is a formula only
 * to a spreadsheet); numbers must be plain decimals.
 */
final class RowValidator {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000.00");
    private static final int MAX_ID = 128;
    private static final int MAX_TEXT = 500;
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,6})?");
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** ISO local date-time with a 'T' or, as bank and payment exports write it, a space. */
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd().append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT);
    private static final Set<TransactionKind> ALWAYS_IN = EnumSet.of(TransactionKind.SALE);
    private static final Set<TransactionKind> ALWAYS_OUT = EnumSet.of(TransactionKind.REFUND,
            TransactionKind.CHARGEBACK, TransactionKind.COGS, TransactionKind.RENT, TransactionKind.PAYROLL,
            TransactionKind.UTILITIES, TransactionKind.PAYMENT_FEE, TransactionKind.PLATFORM_COMMISSION,
            TransactionKind.MARKETING, TransactionKind.TAX);
    /** A card or account number written out in full: stored only as a hash. */
    private static final Pattern FULL_NUMBER = Pattern.compile("\\d{12,19}");

    private final MerchantDocument merchant;
    private final ZoneId zone;
    private final Instant latest;

    RowValidator(MerchantDocument merchant, Instant now) {
        this.merchant = merchant;
        this.zone = ZoneId.of(merchant.zoneId());
        // a day of slack for clocks and zones; anything later is a typo, not a transaction
        this.latest = now.plusSeconds(86_400);
    }

    /** A validated row: exactly one of the two is set. */
    record Result(TransactionDocument transaction, List<RowError> errors) {
        boolean valid() {
            return transaction != null;
        }
    }

    /** Not for skipped rows: they are counted, not validated. */
    Result validate(SourceRow row) {
        if (!row.errors().isEmpty()) {
            return new Result(null, row.errors());
        }
        Checks checks = new Checks(row.line(), row.fields());
        String externalId = checks.text(EXTERNAL_ID, MAX_ID, true);
        Instant timestamp = checks.timestamp();
        BigDecimal amount = checks.money(AMOUNT, true);
        Direction direction = checks.choice(DIRECTION, Direction.class, true);
        TransactionKind kind = checks.choice(KIND, TransactionKind.class, true);
        PaymentChannel channel = checks.choice(CHANNEL, PaymentChannel.class, false);
        CounterpartyType counterpartyType = checks.choice(COUNTERPARTY_TYPE, CounterpartyType.class, false);
        String counterpartyId = checks.text(COUNTERPARTY_ID, MAX_ID, false);
        Boolean crossBorder = checks.bool(CROSS_BORDER);
        String invoice = checks.text(INVOICE_REFERENCE, MAX_ID, false);
        BigDecimal fee = checks.fee(kind, amount);
        String description = checks.text(DESCRIPTION, MAX_TEXT, false);

        if (amount != null && amount.signum() <= 0) {
            checks.error(AMOUNT, "row.amountNotPositive");
        }
        if (kind != null && direction != null) {
            if (ALWAYS_IN.contains(kind) && direction != Direction.IN
                    || ALWAYS_OUT.contains(kind) && direction != Direction.OUT) {
                checks.error(DIRECTION, "row.directionOfKind", Arg.label("kind." + kind.name()),
                        Arg.text(direction == Direction.IN ? Direction.OUT.name() : Direction.IN.name()));
            }
        }
        if (fee != null && channel == null) {
            checks.error(FEE, "row.feeWithoutChannel");
        }
        if (!checks.errors.isEmpty()) {
            return new Result(null, checks.errors);
        }
        Counterparty counterparty = counterpartyType == null && counterpartyId == null && crossBorder == null ? null
                : new Counterparty(counterpartyType, pseudonymous(counterpartyId), Boolean.TRUE.equals(crossBorder));
        boolean personalCode = "true".equals(row.fields().get(PERSONAL_COLLECTION_CODE));
        return new Result(new TransactionDocument(null, merchant.id(), externalId, timestamp, merchant.zoneId(),
                amount, direction, kind, channel, counterparty, invoice, TransactionSource.IMPORTED, List.of(), fee,
                settlementDate(kind, channel, timestamp, personalCode), personalCode, description), List.of());
    }

    /**
     * Card payments, refunds and chargebacks reach the bank after the merchant's contracted lag; money
     * paid into a personal collection code is in the owner's wallet at once.
     */
    private LocalDate settlementDate(TransactionKind kind, PaymentChannel channel, Instant timestamp,
            boolean personalCode) {
        if (channel == null || kind != TransactionKind.SALE && kind != TransactionKind.REFUND
                && kind != TransactionKind.CHARGEBACK) {
            return null;
        }
        if (personalCode) {
            return timestamp.atZone(zone).toLocalDate();
        }
        return merchant.channels().stream().filter(c -> c.channel() == channel).findFirst()
                .map(ChannelContract::settlementLagDays)
                .map(lag -> timestamp.atZone(zone).toLocalDate().plusDays(lag)).orElse(null);
    }

    private static String pseudonymous(String counterpartyId) {
        if (counterpartyId == null || !FULL_NUMBER.matcher(counterpartyId).matches()) {
            return counterpartyId;
        }
        return Pseudonyms.hash("acct-", counterpartyId);
    }

    /** An offset (Z, +08:00, -05:00) can only follow the time, which starts after the 10-character date. */
    private static boolean hasOffset(String value) {
        if (value.length() <= 10) {
            return false;
        }
        String time = value.substring(10);
        return time.endsWith("Z") || time.endsWith("z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
    }

    /** Collects every problem of one row, field by field. */
    private final class Checks {

        private final long line;
        private final Map<String, String> fields;
        private final List<RowError> errors = new ArrayList<>();

        Checks(long line, Map<String, String> fields) {
            this.line = line;
            this.fields = fields;
        }

        void error(String field, String key, Arg... args) {
            errors.add(new RowError(line, field, Message.of(key, args)));
        }

        private String raw(String field) {
            String value = fields.get(field);
            return value == null || value.isBlank() ? null : value.strip();
        }

        String text(String field, int maxLength, boolean required) {
            String value = raw(field);
            if (value == null) {
                if (required) {
                    error(field, "row.required");
                }
                return null;
            }
            if (value.length() > maxLength) {
                error(field, "row.tooLong", Arg.number(maxLength));
                return null;
            }
            if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                error(field, "row.controlCharacters");
                return null;
            }
            return value;
        }

        Instant timestamp() {
            String value = raw(TIMESTAMP);
            if (value == null) {
                error(TIMESTAMP, "row.required");
                return null;
            }
            Instant instant;
            try {
                // decided up front, not by a failed parse: exceptions per row would dominate a large import
                instant = hasOffset(value) ? OffsetDateTime.parse(value).toInstant()
                        : LocalDateTime.parse(value, LOCAL).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                error(TIMESTAMP, "row.timestampFormat");
                return null;
            }
            if (instant.isBefore(EARLIEST) || instant.isAfter(latest)) {
                error(TIMESTAMP, "row.timestampRange");
                return null;
            }
            return instant;
        }

        BigDecimal money(String field, boolean required) {
            String value = raw(field);
            if (value == null) {
                if (required) {
                    error(field, "row.required");
                }
                return null;
            }
            if (!DECIMAL.matcher(value).matches()) {
                error(field, "row.decimal");
                return null;
            }
            BigDecimal amount = new BigDecimal(value);
            if (amount.stripTrailingZeros().scale() > 2) {
                error(field, "row.fractionOfFen");
                return null;
            }
            if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
                error(field, "row.amountTooLarge", Arg.number(MAX_AMOUNT));
                return null;
            }
            return amount.setScale(2);
        }

        /** A fee is what the channel charged (≥ 0); on a refund it may be negative: the fee handed back. */
        BigDecimal fee(TransactionKind kind, BigDecimal amount) {
            BigDecimal fee = money(FEE, false);
            if (fee == null) {
                return null;
            }
            boolean refund = kind == TransactionKind.REFUND || kind == TransactionKind.CHARGEBACK;
            if (fee.signum() < 0 && !refund) {
                error(FEE, "row.feeNegative");
                return null;
            }
            if (amount != null && fee.abs().compareTo(amount.abs()) > 0) {
                error(FEE, "row.feeAboveAmount");
                return null;
            }
            return fee;
        }

        <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
            String value = raw(field);
            if (value == null) {
                if (required) {
                    error(field, "row.required");
                }
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            error(field, "row.oneOf", Arg.list(EnumSet.allOf(type).stream().map(Enum::name).toList()));
            return null;
        }

        Boolean bool(String field) {
            String value = raw(field);
            if (value == null) {
                return null;
            }
            if (value.equalsIgnoreCase("true") || value.equals("1")) {
                return true;
            }
            if (value.equalsIgnoreCase("false") || value.equals("0")) {
                return false;
            }
            error(field, "row.boolean");
            return null;
        }
    }
}
