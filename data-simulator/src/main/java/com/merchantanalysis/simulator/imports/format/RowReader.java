package com.merchantanalysis.simulator.imports.format;

import java.io.Closeable;

/** Streams the rows of one uploaded file, one at a time, in file order. */
public interface RowReader extends Closeable {

    /**
     * The next row, or null at the end of the data.
     *
     * @throws BadFileException if the file breaks its layout (checked from the header on)
     */
    SourceRow next();

    @Override
    void close();
}
