package com.merchantanalysis.simulator.imports.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import com.merchantanalysis.common.text.Message;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON lines: one object per line with the same fields as our CSV. A first line that is not a JSON
 * object means the file is not JSON lines at all; a later bad line only rejects that row.
 */
public final class JsonLinesReader implements RowReader {

    /** Decimals stay exact (no double on the way). */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final BufferedReader reader;
    private long line;
    private boolean seenObject;

    public JsonLinesReader(Reader reader) {
        this.reader = new BufferedReader(reader);
    }

    @Override
    public SourceRow next() {
        String text;
        do {
            text = readLine();
            if (text == null) {
                if (!seenObject) {
                    throw new BadFileException(0, "file", Message.of("file.noJsonLine"));
                }
                return null;
            }
            line++;
        } while (text.isBlank());
        if (line == 1) {
            text = OwnCsvReader.stripBom(text);
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            if (!seenObject) {
                throw new BadFileException(line, "file", Message.of("file.notJsonLines"));
            }
            return SourceRow.rejected(line, "line", "row.notJsonObject");
        }
        seenObject = true;
        Map<String, String> fields = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (!ImportFields.ALL.contains(name)) {
                return SourceRow.rejected(line, OwnCsvReader.shorten(name), "row.unknownField");
            }
            JsonNode value = field.getValue();
            if (value.isContainer()) {
                return SourceRow.rejected(line, name, "row.notSingleValue");
            }
            if (!value.isNull()) {
                fields.put(name, value.asString().strip());
            }
        }
        return SourceRow.of(line, fields);
    }

    private String readLine() {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
