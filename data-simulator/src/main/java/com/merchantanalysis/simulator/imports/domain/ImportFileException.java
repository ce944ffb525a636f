package com.merchantanalysis.simulator.imports.domain;

import java.nio.charset.Charset;
import java.util.List;

import com.merchantanalysis.common.web.ProblemTypes;
import com.merchantanalysis.simulator.imports.format.BillLayout;
import com.merchantanalysis.simulator.imports.format.RowError;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The upload as a whole cannot be imported (too large, not text, not in its declared encoding, not
 * the announced format, bad header, no valid row); nothing was stored. Answered as problem+json by
 * the common advice, with the offending field in {@code errors} where there is one.
 */
public class ImportFileException extends ErrorResponseException {

    private ImportFileException(HttpStatus status, String slug, String title, String detail, List<RowError> errors) {
        super(status, problem(status, slug, title, detail, errors), null);
    }

    public static ImportFileException tooLarge(long limitBytes) {
        return new ImportFileException(HttpStatus.CONTENT_TOO_LARGE, "import-too-large", "Upload too large",
                "The file is larger than the import limit of " + limitBytes + " bytes; split it and import the parts",
                List.of());
    }

    public static ImportFileException notText() {
        return new ImportFileException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "import-not-text", "Not a text file",
                "The upload is binary, not CSV or JSON lines text (a spreadsheet must be saved as CSV first)",
                List.of());
    }

    /**
     * The body's media type is none of those the import reads.
     *
     * @param accepted the media types that are read, as the answer names them
     */
    public static ImportFileException unsupportedType(String contentType, List<String> accepted) {
        String sent = contentType == null || contentType.isBlank() ? "no Content-Type"
                : "Content-Type '" + contentType + "'";
        ImportFileException e = new ImportFileException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "import-unsupported-type",
                "Unsupported media type", "The import does not read " + sent + "; send the file as one of "
                        + String.join(", ", accepted) + " (a form upload sends it as the field 'file')",
                List.of(new RowError(0, "Content-Type", "must be one of " + String.join(", ", accepted))));
        e.getBody().setProperty("accepted", accepted);
        e.getHeaders().set("Accept-Post", String.join(", ", accepted));
        return e;
    }

    /** The client said UTF-8, but the bytes from {@code line} on are not UTF-8 (a GBK bill, most often). */
    public static ImportFileException notDeclaredCharset(long line, Charset declared) {
        String detail = "The file is not valid " + declared.name() + " (line " + line + " has bytes that are not "
                + declared.name() + "), but it was sent as charset=" + declared.name() + ". Bills from Alipay are"
                + " often GBK: send the file without a charset, so that its encoding is recognised, or with"
                + " charset=GB18030";
        return new ImportFileException(HttpStatus.BAD_REQUEST, "import-bad-encoding", "Wrong text encoding", detail,
                List.of(new RowError(line, "charset", "the file is not " + declared.name() + "; it is probably GBK")));
    }

    /** The file is a layout of another {@code format} than the one asked for. */
    public static ImportFileException otherFormat(String requested, BillLayout found) {
        String detail = "This file is a " + found.description() + ", not format=" + requested + ": import it with format="
                + found.format() + ", or without format, so that it is recognised";
        return new ImportFileException(HttpStatus.BAD_REQUEST, "import-bad-file", "File cannot be imported", detail,
                List.of(new RowError(0, "format", "the file is a " + found.description() + "; use format="
                        + found.format())));
    }

    /** The form upload has no file in it. */
    public static ImportFileException noFile() {
        return new ImportFileException(HttpStatus.BAD_REQUEST, "import-bad-file", "File cannot be imported",
                "file: is required; send the bill as the form field 'file'",
                List.of(new RowError(0, "file", "is required; send the bill as the form field 'file'")));
    }

    public static ImportFileException badFile(long line, String field, String detail) {
        return new ImportFileException(HttpStatus.BAD_REQUEST, "import-bad-file", "File cannot be imported",
                "line " + line + ": " + field + ": " + detail, List.of(new RowError(line, field, detail)));
    }

    public static ImportFileException noValidRow(long rejected, long skipped, List<RowError> errors) {
        String detail = "None of the " + rejected + " rows could be imported"
                + (skipped > 0 ? " (" + skipped + " more were skipped as moving no money)" : "")
                + "; nothing was stored";
        return new ImportFileException(HttpStatus.UNPROCESSABLE_CONTENT, "import-no-valid-row", "No valid row",
                detail, errors);
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail,
            List<RowError> errors) {
        ProblemDetail problem = ProblemTypes.problem(status, ProblemTypes.type(slug), title, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
