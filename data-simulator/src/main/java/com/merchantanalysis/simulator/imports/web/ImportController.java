package com.merchantanalysis.simulator.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.simulator.imports.domain.ImportFileException;
import com.merchantanalysis.simulator.imports.domain.ImportJobs;
import com.merchantanalysis.simulator.imports.domain.ImportOutcome;
import com.merchantanalysis.simulator.imports.domain.ImportSettings;
import com.merchantanalysis.simulator.imports.domain.Upload;
import com.merchantanalysis.common.text.Wording;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

@RestController
@Tag(name = "Imports", description = "Transactions from our CSV/JSON lines and from WeChat Pay and Alipay bills")
@RequestMapping("/api/v1/simulator/merchants")
class ImportController {

    static final String NDJSON = "application/x-ndjson";
    static final String JSONL = "application/jsonl";
    /** What the import reads; the body's type is checked here, so that a refusal can name these. */
    static final List<String> ACCEPTED = List.of("multipart/form-data", "text/csv", "text/plain",
            "application/octet-stream", NDJSON, JSONL);
    private static final String RESPOND_ASYNC = "respond-async";

    private final ImportJobs imports;
    private final MerchantReader merchants;
    private final ImportSettings settings;
    private final MessageSource messages;

    ImportController(ImportJobs imports, MerchantReader merchants, ImportSettings settings, MessageSource messages) {
        this.imports = imports;
        this.merchants = merchants;
        this.settings = settings;
        this.messages = messages;
    }

    @Operation(summary = "Import transactions from a file",
            description = """
                    The file is a WeChat Pay bill (the merchant trade bill, or the personal 微信支付账单明细), an \
                    Alipay bill (merchant 业务明细/账务明细, or the personal 支付宝交易明细), or our CSV (columns \
                    externalId,timestamp,amount,direction,kind,channel,counterpartyType,counterpartyId,crossBorder,\
                    invoiceReference,fee,description; header required) or JSON lines with the same fields. Its \
                    layout and encoding (UTF-8, GBK/GB18030, with or without a byte-order mark) are recognised; \
                    `format` only narrows the layout down.

                    Send it as a form upload (multipart/form-data, field `file`: a browser, `curl -F \
                    file=@bill.csv`) or as the body (text/csv, text/plain, application/octet-stream, \
                    application/x-ndjson). One limit for every way: the request body may be at most \
                    the service's `SIMULATOR_MAX_REQUEST_BODY` (20 MB by default); larger is 413.

                    A small file is imported at once: 200 with what was stored. A larger one (more lines or bytes \
                    than `merchant.simulator.imports.job-above-lines`/`job-above-size`), or any file sent with \
                    `Prefer: respond-async`, is imported as a job: 202 with the job and its address in Location; \
                    `GET /api/v1/simulator/jobs/{jobId}` shows its progress and, when it is finished, the same \
                    result.

                    Idempotent by externalId. Rows that moved no money (revoked, closed, refunded in full, \
                    between the owner's own accounts) are counted as skipped, with the reason. A file that \
                    cannot be imported as a whole (too large, not text, wrong encoding, bad header, no valid \
                    row) stores nothing.

                    Row errors, skip reasons and the detail of a refusal are worded in the caller's language: \
                    `Accept-Language` zh-CN (the default) or en.""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The bill or CSV file",
            content = {
                @Content(mediaType = "multipart/form-data", schemaProperties = {
                    @SchemaProperty(name = "file", schema = @Schema(type = "string", format = "binary",
                            description = "The bill or CSV file", requiredMode = Schema.RequiredMode.REQUIRED)),
                    @SchemaProperty(name = "format", schema = @Schema(type = "string",
                            allowableValues = { "csv", "wechat", "alipay" },
                            description = "Optional, as the query parameter")) }),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = NDJSON, schema = @Schema(type = "string", format = "binary")) })
    @ApiResponse(responseCode = "200", description = "Imported at once",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResponse.class)))
    @ApiResponse(responseCode = "202", description = "Importing as a job; follow the Location",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ImportJobResponse.class)))
    @PostMapping(path = "/{merchantId}/transactions:import")
    @PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
    ResponseEntity<?> importTransactions(@PathVariable String merchantId,
            @Parameter(description = "csv, wechat or alipay; leave it out to have the file recognised",
                    schema = @Schema(allowableValues = { "csv", "wechat", "alipay" }))
            @RequestParam(required = false) String format,
            @Parameter(in = ParameterIn.HEADER, name = "Prefer",
                    description = "respond-async: import as a job (202) whatever the file's size")
            @RequestHeader(name = "Prefer", required = false) String prefer,
            @Parameter(hidden = true) HttpServletRequest request, Authentication authentication,
            @Parameter(hidden = true) Locale locale) throws IOException {
        MerchantDocument merchant = merchants.require(Caller.from(authentication), merchantId);
        MediaType contentType = accepted(request.getContentType());
        if (request.getContentLengthLong() > settings.maxFileSize().toBytes()) {
            throw ImportFileException.tooLarge(settings.maxFileSize().toBytes());
        }
        boolean asJob = prefer != null && prefer.toLowerCase(Locale.ROOT).contains(RESPOND_ASYNC);
        ImportOutcome outcome = imports.submit(merchant, upload(request, contentType, format), asJob);
        Wording wording = new Wording(messages, locale);
        if (outcome.result() != null) {
            return ResponseEntity.ok(ImportResponse.of(outcome.result(), wording));
        }
        ResponseEntity.BodyBuilder accepted = ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/simulator/jobs/" + outcome.job().id()));
        if (asJob) {
            accepted.header("Preference-Applied", RESPOND_ASYNC);
        }
        return accepted.body(ImportJobResponse.of(outcome.job(), wording));
    }

    private static Upload upload(HttpServletRequest request, MediaType contentType, String format) throws IOException {
        if (request instanceof MultipartHttpServletRequest form) {
            MultipartFile file = form.getFile("file");
            if (file == null && form.getFileMap().size() == 1) {
                file = form.getFileMap().values().iterator().next();
            }
            if (file == null) {
                throw ImportFileException.noFile();
            }
            MediaType partType = parseOrNull(file.getContentType());
            String name = file.getOriginalFilename();
            InputStream body = file.getInputStream();
            return new Upload(body, partType == null ? null : partType.getCharset(), format,
                    isJsonLines(partType) || name != null && name.toLowerCase(Locale.ROOT).matches(".*\\.(ndjson|jsonl)"),
                    name);
        }
        return new Upload(request.getInputStream(), contentType.getCharset(), format, isJsonLines(contentType), null);
    }

    /** The body's media type, if the import reads it; otherwise 415 naming the ones it reads. */
    private static MediaType accepted(String header) {
        MediaType type = parseOrNull(header);
        if (type == null || ACCEPTED.stream().map(MediaType::parseMediaType)
                .noneMatch(a -> a.equalsTypeAndSubtype(type))) {
            throw ImportFileException.unsupportedType(header, ACCEPTED);
        }
        return type;
    }

    private static boolean isJsonLines(MediaType type) {
        return type != null && (type.equalsTypeAndSubtype(MediaType.parseMediaType(NDJSON))
                || type.equalsTypeAndSubtype(MediaType.parseMediaType(JSONL)));
    }

    private static MediaType parseOrNull(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
