package org.milex.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.security.CodeSource;

/**
 * Files the build packed into one folder of milex's jar or class folder ({@code org.milex.model.ModelPack},
 * {@code org.milex.data.EmbeddedData}), opened where the classes came from before asking the class loader:
 * a class-loader lookup searches the modules of the JDK's image first (opening the image's index on first use),
 * about 1 ms each on the command line's first run, against about 0.2 ms to open a file at a known place. Where
 * the classes come from elsewhere (a jar inside a jar, a custom loader), the class loader finds the first file
 * and the next ones are opened beside it. Jar entries are read without Java's cache of open jar files, so the
 * jar is closed with the stream (an application server can unload milex and, on Windows, delete its jar).
 */
public final class PackedFiles {
    private final Class<?> anchor;
    private final String root;
    /** The packed folder, or a file in it: where the next files are looked for first. */
    private volatile URL folder;

    /**
     * The packed folder {@code root} (e.g. {@code org/milex/data/embedded/packed/}, ending in a slash) of the jar
     * or class folder {@code anchor} was loaded from.
     */
    public PackedFiles(Class<?> anchor, String root) {
        this.anchor = anchor;
        this.root = root;
    }

    /** The packed file {@code name} as {@link ClassLoader#getResourceAsStream} would give it, or null. */
    public InputStream open(String name) {
        URL found = folder;
        if (found == null) {
            found = besideClasses();
            folder = found;
        }
        if (found != null) {
            try {
                return read(new URL(found, name));
            } catch (IOException e) {
                // not there: ask the class loader
            }
        }
        URL url = anchor.getClassLoader().getResource(root + name);
        if (url == null) {
            return null;
        }
        folder = url;       // a name resolved against a file's URL is its sibling
        try {
            return read(url);
        } catch (IOException e) {
            return null;
        }
    }

    private static InputStream read(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        return connection.getInputStream();
    }

    /** The packed folder in the jar or class folder {@code anchor} came from; null where that is not a file. */
    private URL besideClasses() {
        try {
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            URL where = source == null ? null : source.getLocation();
            if (where == null || !where.getProtocol().equals("file")) {
                return null;
            }
            return where.getPath().endsWith("/") ? new URL(where, root) : new URL("jar:" + where + "!/" + root);
        } catch (MalformedURLException | SecurityException e) {
            return null;
        }
    }
}
