package org.milex.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text from bytes, strictly. The characters before an invalid byte are all delivered first; the read
 * after them throws, so that a reader counting lines knows the line of the invalid byte. Not API.
 */
final class Utf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private boolean eof;
    private boolean flushed;
    private String error;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (error != null) {
                throw new CharacterCodingException() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public String getMessage() {
                        return error;
                    }
                };
            }
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        if (!eof && bytes.remaining() < 4) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        CoderResult r = decoder.decode(bytes, chars, eof);
        if (r.isError()) {
            error = "the byte" + (r.length() > 1 ? "s " : " ") + hex(r.length()) + " cannot be read as UTF-8 "
                    + "(save the file as UTF-8)";
        } else if (eof && !bytes.hasRemaining()) {
            decoder.flush(chars);
            flushed = true;
        }
        chars.flip();
    }

    private String hex(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xff));
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
