package org.milex.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Files written whole or not at all: the content goes to a temporary file in the target's directory, is
 * forced to disk, and is then moved over the target in one step. A failure, or a process killed midway,
 * leaves the old file as it was (and at worst a {@code .NAME.*.tmp} file beside it). The target's directory
 * must exist: a missing one is an error that says so. Not API.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the bytes {@code content} produces. */
    public interface Content {
        /** Writes the content to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the text {@code content} produces. */
    public interface Text {
        /** Writes the content to {@code out}. */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes UTF-8 text to {@code target} atomically.
     *
     * @throws UncheckedIOException naming the file when it cannot be written or its directory is missing
     */
    public static Path writeText(Path target, Text content) {
        Objects.requireNonNull(content, "content");
        return write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        });
    }

    /**
     * Writes bytes to {@code target} atomically.
     *
     * @throws UncheckedIOException naming the file when it cannot be written or its directory is missing
     */
    public static Path write(Path target, Content content) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Path dir = directoryOf(target);
        if (!Files.isDirectory(dir)) {
            throw new UncheckedIOException("cannot write " + target + ": the directory " + dir + " does not exist",
                    new java.nio.file.NoSuchFileException(dir.toString()));
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + describe(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the temporary file stays; the target is untouched
                }
            }
        }
    }

    /** The directory a file is written into. */
    public static Path directoryOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? target.toAbsolutePath().getRoot() : parent;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
