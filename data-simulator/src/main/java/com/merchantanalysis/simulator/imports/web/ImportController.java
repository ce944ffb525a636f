package com.merchantanalysis.simulator.imports.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.InvalidFieldException;
import com.merchantanalysis.simulator.imports.domain.ImportFileException;
import com.merchantanalysis.simulator.imports.domain.ImportFormat;
import com.merchantanalysis.simulator.imports.domain.ImportSettings;
import com.merchantanalysis.simulator.imports.domain.TransactionImporter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Imports", description = "Transactions from our CSV/JSON lines and from WeChat Pay and Alipay bills")
@RequestMapping("/api/v1/simulator/merchants")
class ImportController {

    static final String NDJSON = "application/x-ndjson";
    static final String JSONL = "application/jsonl";

    private final TransactionImporter importer;
    private final MerchantReader merchants;
    private final ImportSettings settings;

    ImportController(TransactionImporter importer, MerchantReader merchants, ImportSettings settings) {
        this.importer = importer;
        this.merchants = merchants;
        this.settings = settings;
    }

    @Operation(summary = "Import transactions from a file",
            description = "text/csv with the columns externalId,timestamp,amount,direction,kind,channel,"
                    + "counterpartyType,counterpartyId,crossBorder,invoiceReference,fee,description (header "
                    + "required), or application/x-ndjson with the same fields; format=wechat or alipay for the "
                    + "payment platforms' bill CSVs. Idempotent by externalId. A file that cannot be imported "
                    + "as a whole (too large, not text, bad header, no valid row) stores nothing.")
    @PostMapping(path = "/{merchantId}/transactions:import",
            consumes = { "text/csv", NDJSON, JSONL })
    @PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
    ImportResponse importTransactions(@PathVariable String merchantId,
            @Parameter(description = "csv (default), wechat or alipay")
            @RequestParam(defaultValue = "csv") String format,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType, HttpServletRequest request,
            Authentication authentication) throws IOException {
        MerchantDocument merchant = merchants.require(Caller.from(authentication), merchantId);
        ImportFormat layout = layout(format, contentType);
        long declared = request.getContentLengthLong();
        if (declared > settings.maxFileSize().toBytes()) {
            throw ImportFileException.tooLarge(settings.maxFileSize().toBytes());
        }
        Charset charset = contentType.getCharset();
        return ImportResponse.of(importer.importFile(merchant, layout, request.getInputStream(), charset));
    }

    private static ImportFormat layout(String format, MediaType contentType) {
        boolean jsonLines = contentType.isCompatibleWith(MediaType.parseMediaType(NDJSON))
                || contentType.isCompatibleWith(MediaType.parseMediaType(JSONL));
        ImportFormat layout = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> jsonLines ? ImportFormat.JSON_LINES : ImportFormat.CSV;
            case "wechat" -> ImportFormat.WECHAT;
            case "alipay" -> ImportFormat.ALIPAY;
            default -> throw new InvalidFieldException("format", "must be csv, wechat or alipay");
        };
        if (jsonLines && layout != ImportFormat.JSON_LINES) {
            throw new InvalidFieldException("format", "the " + format + " bill is CSV; send it as text/csv");
        }
        return layout;
    }
}
