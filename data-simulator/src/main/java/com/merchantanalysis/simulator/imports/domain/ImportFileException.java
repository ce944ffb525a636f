package com.merchantanalysis.simulator.imports.domain;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;

import com.merchantanalysis.common.web.ProblemTypes;
import com.merchantanalysis.simulator.imports.format.BillLayout;
import com.merchantanalysis.simulator.imports.format.RowError;
import com.merchantanalysis.simulator.imports.format.WordedRowError;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;
import com.merchantanalysis.common.text.Wording;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The upload as a whole cannot be imported (too large, not text, not in its declared encoding, not
 * the announced format, bad header, no valid row); nothing was stored. Answered as problem+json by
 * the common advice, with the offending field in {@code errors} where there is one. The detail and the
 * row errors are kept without their language and worded for the request when the advice answers
 * ({@link #updateAndGetBody}): the console shows this detail to the shop owner.
 */
public class ImportFileException extends ErrorResponseException {

    private static final String BAD_FILE = "import-bad-file";

    private final transient Message detail;
    private final transient List<RowError> errors;

    private ImportFileException(HttpStatus status, URI type, String title, Message detail, List<RowError> errors) {
        super(status, ProblemTypes.problem(status, type, title, null), null);
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    private ImportFileException(HttpStatus status, String slug, String title, Message detail, List<RowError> errors) {
        this(status, ProblemTypes.type(slug), title, detail, errors);
    }

    public static ImportFileException tooLarge(long limitBytes) {
        return new ImportFileException(HttpStatus.CONTENT_TOO_LARGE, "import-too-large", "Upload too large",
                Message.of("import.tooLarge", Arg.number(limitBytes)), List.of());
    }

    public static ImportFileException notText() {
        return new ImportFileException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "import-not-text", "Not a text file",
                Message.of("import.notText"), List.of());
    }

    /**
     * The body's media type is none of those the import reads.
     *
     * @param accepted the media types that are read, as the answer names them
     */
    public static ImportFileException unsupportedType(String contentType, List<String> accepted) {
        Message detail = contentType == null || contentType.isBlank()
                ? Message.of("import.noContentType", Arg.list(accepted))
                : Message.of("import.unsupportedType", Arg.text(contentType), Arg.list(accepted));
        ImportFileException e = new ImportFileException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "import-unsupported-type",
                "Unsupported media type", detail, List.of(new RowError(0, "Content-Type",
                        Message.of("import.error.contentType", Arg.list(accepted)))));
        e.getBody().setProperty("accepted", accepted);
        e.getHeaders().set("Accept-Post", String.join(", ", accepted));
        return e;
    }

    /** The client said UTF-8, but the bytes from {@code line} on are not UTF-8 (a GBK bill, most often). */
    public static ImportFileException notDeclaredCharset(long line, Charset declared) {
        Arg charset = Arg.text(declared.name());
        return new ImportFileException(HttpStatus.BAD_REQUEST, "import-bad-encoding", "Wrong text encoding",
                Message.of("import.notDeclaredCharset", charset, Arg.number(line)),
                List.of(new RowError(line, "charset", Message.of("import.error.charset", charset))));
    }

    /** The file is a layout of another {@code format} than the one asked for. */
    public static ImportFileException otherFormat(String requested, BillLayout found) {
        Arg layout = Arg.label(found.label());
        Arg format = Arg.text(found.format());
        return new ImportFileException(HttpStatus.BAD_REQUEST, BAD_FILE, "File cannot be imported",
                Message.of("import.otherFormat", layout, Arg.text(requested), format),
                List.of(new RowError(0, "format", Message.of("import.error.otherFormat", layout, format))));
    }

    /** The {@code format} parameter is not one the import knows, or does not fit the body's type. */
    public static ImportFileException badFormatParameter(String key, Arg... args) {
        Message problem = Message.of(key, args);
        return new ImportFileException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                Message.of("import.badParameter", Arg.text("format"), Arg.message(problem)),
                List.of(new RowError(0, "format", problem)));
    }

    /** The form upload has no file in it. */
    public static ImportFileException noFile() {
        Message problem = Message.of("import.error.noFile");
        return new ImportFileException(HttpStatus.BAD_REQUEST, BAD_FILE, "File cannot be imported",
                located(new RowError(0, "file", problem)), List.of(new RowError(0, "file", problem)));
    }

    /** @param hint the bundle key of a hint that follows the problem (its argument), or null */
    public static ImportFileException badFile(RowError problem, String hint) {
        Message detail = hint == null ? located(problem) : Message.of(hint, Arg.message(located(problem)));
        return new ImportFileException(HttpStatus.BAD_REQUEST, BAD_FILE, "File cannot be imported", detail,
                List.of(problem));
    }

    public static ImportFileException noValidRow(long rejected, long skipped, List<RowError> errors) {
        Message detail = skipped > 0 ? Message.of("import.noValidRowSomeSkipped", Arg.number(rejected),
                Arg.number(skipped)) : Message.of("import.noValidRow", Arg.number(rejected));
        return new ImportFileException(HttpStatus.UNPROCESSABLE_CONTENT, "import-no-valid-row", "No valid row",
                detail, errors);
    }

    /** "line 3 (header): ..."; line 0 is the file as a whole. */
    private static Message located(RowError error) {
        return error.line() > 0
                ? Message.of("import.atLine", Arg.number(error.line()), Arg.text(error.field()),
                        Arg.message(error.message()))
                : Message.of("import.inFile", Arg.text(error.field()), Arg.message(error.message()));
    }

    /** Why the file was refused, without its language: what a failed import job keeps. */
    public Message detail() {
        return detail;
    }

    /** Words the detail and the row errors in the request's language, as the common advice answers. */
    @Override
    public ProblemDetail updateAndGetBody(MessageSource messages, Locale locale) {
        ProblemDetail body = getBody();
        if (messages != null) {
            Wording wording = new Wording(messages, locale);
            body.setDetail(wording.render(detail));
            if (!errors.isEmpty()) {
                body.setProperty("errors", errors.stream().map(e -> WordedRowError.of(e, wording)).toList());
            }
        }
        return body;
    }
}
