package com.merchantanalysis.simulator.imports.format;

/** The file does not have the announced layout (header, syntax); line 0 means the file as a whole. */
public class BadFileException extends RuntimeException {

    private final long line;
    private final String field;

    public BadFileException(long line, String field, String message) {
        super(message);
        this.line = line;
        this.field = field;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }
}
