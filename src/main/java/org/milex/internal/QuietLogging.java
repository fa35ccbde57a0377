package org.milex.internal;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Keeps milex from printing SLF4J's "No SLF4J providers were found" warning: Tablesaw asks SLF4J for a logger
 * the first time a table is made, and SLF4J warns on standard error when the application has bound no logging
 * back-end. Not API.
 *
 * <p>{@link #beforeTablesaw()} does something only when SLF4J is not yet set up, no provider is on the class
 * path and the application set neither {@code slf4j.provider} nor {@code slf4j.internal.verbosity}: then it
 * initialises SLF4J with its internal verbosity at {@code ERROR} (SLF4J falls back to its no-operation logger,
 * as it would anyway, without the warning) and clears the property again. An application that binds a logger
 * (Logback, slf4j-simple, …) is left exactly as it is.
 *
 * <p>{@link #beforePoi()} does the same for the Log4j API, through which Apache POI logs ("Log4j API could not
 * find a logging provider"): only when no Log4j provider is on the class path and neither
 * {@code log4j2.statusLoggerLevel} nor {@code log4j2.StatusLogger.level} is set, it initialises Log4j's
 * {@code LogManager} with its status logger {@code OFF}.
 */
public final class QuietLogging {
    private static final String VERBOSITY = "slf4j.internal.verbosity";
    private static boolean done;
    private static boolean poiDone;

    private QuietLogging() {
    }

    /** Call before the first use of Tablesaw; cheap after the first call. */
    public static synchronized void beforeTablesaw() {
        if (done) {
            return;
        }
        done = true;
        if (System.getProperty("slf4j.provider") != null || System.getProperty(VERBOSITY) != null) {
            return;
        }
        try {
            if (ServiceLoader.load(SLF4JServiceProvider.class, LoggerFactory.class.getClassLoader()).iterator().hasNext()) {
                return;
            }
            System.setProperty(VERBOSITY, "ERROR");
            try {
                LoggerFactory.getILoggerFactory();
            } finally {
                System.clearProperty(VERBOSITY);
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            // an SLF4J older than 2.0, or a broken provider: leave SLF4J to report it as it does
        }
    }

    /** Call before the first use of Apache POI; cheap after the first call. */
    public static synchronized void beforePoi() {
        if (poiDone) {
            return;
        }
        poiDone = true;
        String[] levels = {"log4j2.statusLoggerLevel", "log4j2.StatusLogger.level"};
        if (System.getProperty(levels[0]) != null || System.getProperty(levels[1]) != null) {
            return;
        }
        ClassLoader loader = QuietLogging.class.getClassLoader();
        try {
            Class<?> provider = Class.forName("org.apache.logging.log4j.spi.Provider", false, loader);
            if (ServiceLoader.load(provider, loader).iterator().hasNext()
                    || loader.getResource("META-INF/log4j-provider.properties") != null) {
                return;
            }
            System.setProperty(levels[0], "OFF");
            try {
                Class.forName("org.apache.logging.log4j.LogManager", true, loader);
            } finally {
                System.clearProperty(levels[0]);
            }
        } catch (ClassNotFoundException | ServiceConfigurationError | LinkageError e) {
            // no Log4j API, or one this does not know: leave it to report as it does
        }
    }
}
