package com.merchantanalysis.simulator.imports.domain;

import java.util.List;

import com.merchantanalysis.common.web.ProblemTypes;
import com.merchantanalysis.simulator.imports.format.RowError;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The upload as a whole cannot be imported (too large, not the announced format, bad header, no
 * valid row); nothing was stored. Answered as problem+json by the common advice.
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
                "The upload is binary, not CSV or JSON lines text", List.of());
    }

    public static ImportFileException badFile(long line, String field, String detail) {
        return new ImportFileException(HttpStatus.BAD_REQUEST, "import-bad-file", "File cannot be imported",
                "line " + line + ": " + field + ": " + detail, List.of(new RowError(line, field, detail)));
    }

    public static ImportFileException noValidRow(long rejected, List<RowError> errors) {
        return new ImportFileException(HttpStatus.UNPROCESSABLE_CONTENT, "import-no-valid-row", "No valid row",
                "None of the " + rejected + " rows could be imported; nothing was stored", errors);
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
