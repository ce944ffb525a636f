package com.merchantanalysis.simulator.imports.format;

import com.merchantanalysis.common.text.Message;

/** The file does not have the announced layout (header, syntax); line 0 means the file as a whole. */
public class BadFileException extends RuntimeException {

    private final long line;
    private final String field;
    private final transient Message problem;

    public BadFileException(long line, String field, Message problem) {
        super(problem.key(), null, false, false);
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }

    public Message problem() {
        return problem;
    }
}
