package dev.zhanggui.rest.catalog;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma-separated fields, fields in double quotes may hold commas, line
 * breaks and doubled quotes ({@code ""}); lines end in CRLF or LF. A byte order mark (Excel writes
 * one) must already be skipped by the caller's decoding.
 */
final class CsvRecords {
    private final Reader in;
    private int line = 1;
    private boolean ended;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The next record's fields, or null at the end; a malformed quote throws {@link IllegalArgumentException}. */
    List<String> next() throws IOException {
        if (ended) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int startLine = line;
        while (true) {
            int c = in.read();
            if (c == -1) {
                if (quoted) {
                    throw new IllegalArgumentException("A quoted field opened on line " + startLine + " never closes");
                }
                ended = true;
                if (fields.isEmpty() && field.isEmpty() && !wasQuoted) {
                    return null;
                }
                fields.add(field.toString());
                return fields;
            }
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int after = in.read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (after != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                line++;
                fields.add(field.toString());
                return fields;
            } else if (wasQuoted) {
                throw new IllegalArgumentException("Text after a closing quote on line " + line);
            } else {
                field.append((char) c);
            }
        }
    }
}
