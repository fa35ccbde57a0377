package org.milex.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.milex.DataFileException;

/**
 * RFC 4180 records from a stream, strictly: fields separated by {@code ,}, records ended by LF or CRLF, quoted
 * fields with {@code ""} for a quote. Counts lines so that every error names where it happened; an
 * unterminated quote is reported at the line where it opened. Not API.
 */
final class CsvParser {
    private static final int EOF = -1;

    private final String name;
    private final Reader in;
    private final char[] buffer = new char[8192];
    private int pos;
    private int limit;
    private long line = 1;
    private long recordLine;
    private boolean first = true;

    CsvParser(String name, Reader in) {
        this.name = name;
        this.in = in;
    }

    /** The line the last record returned started on. */
    long recordLine() {
        return recordLine;
    }

    /**
     * The next record, or {@code null} at the end of the file.
     *
     * @param header the header's names for messages, or {@code null} while reading the header
     */
    List<String> next(List<String> header) throws IOException {
        int c = read();
        if (c == EOF) {
            return null;
        }
        recordLine = line;
        if (c == '\n' || c == '\r') {
            throw new DataFileException(name, line, 0, "", "", "empty line");
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            long fieldLine = line;
            int column = fields.size() + 1;
            if (c == '"') {
                long opened = line;
                while (true) {
                    c = read();
                    if (c == EOF) {
                        throw new DataFileException(name, opened, column, columnName(header, column), "",
                                "unterminated quote: the quoted value opened here never closes");
                    }
                    if (c == '"') {
                        c = read();
                        if (c != '"') {
                            break;
                        }
                    } else if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                if (c == '\r') {
                    c = lineFeed(header, column);
                }
                if (c != ',' && c != '\n' && c != EOF) {
                    throw new DataFileException(name, line, column, columnName(header, column), "",
                            "text after a closing quote (a quote inside a value is written \"\")");
                }
            } else {
                while (c != ',' && c != '\n' && c != EOF) {
                    if (c == '\r') {
                        c = lineFeed(header, column);
                        break;
                    }
                    if (c == '"') {
                        throw new DataFileException(name, line, column, columnName(header, column), field.toString(),
                                "a quote inside an unquoted value (quote the whole value and write \"\")");
                    }
                    field.append((char) c);
                    c = read();
                }
            }
            String text = field.toString();
            try {
                Grammar.text(text);
            } catch (Grammar.Rejected e) {
                throw new DataFileException(name, fieldLine, column, columnName(header, column), text, e.getMessage());
            }
            fields.add(text);
            field.setLength(0);
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\n') {
                line++;
            }
            return fields;
        }
    }

    private int lineFeed(List<String> header, int column) throws IOException {
        int c = read();
        if (c != '\n') {
            throw new DataFileException(name, line, column, columnName(header, column), "",
                    "a carriage return without a line feed");
        }
        return c;
    }

    private static String columnName(List<String> header, int column) {
        return header != null && column <= header.size() ? header.get(column - 1) : "";
    }

    private int read() throws IOException {
        if (pos == limit) {
            int n;
            try {
                n = in.read(buffer, 0, buffer.length);
            } catch (CharacterCodingException e) {
                throw new DataFileException(name, line, 0, "", "", "not UTF-8 text: " + e.getMessage());
            }
            if (n <= 0) {
                return EOF;
            }
            pos = 0;
            limit = n;
            if (first) {
                first = false;
                if (buffer[0] == '\ufeff') {
                    pos = 1;
                    if (limit == 1) {
                        return read();
                    }
                }
            }
        }
        return buffer[pos++];
    }
}
