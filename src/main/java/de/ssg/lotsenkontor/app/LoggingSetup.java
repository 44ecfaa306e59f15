package de.ssg.lotsenkontor.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.util.FileSize;
import de.ssg.lotsenkontor.common.I18n;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Logging of the running app: a rolling file {@code lotsenkontor.log} in the data folder's
 * {@code logs/}. Configured in code (found by Logback through the service loader) because it is
 * faster at start-up than XML. Without a log folder set (tests) it stays out of the way.
 *
 * <p>Standard output belongs to the commands: Logback's own status messages (which it prints to
 * standard output when, say, the log file cannot be opened) are caught by a status listener and
 * never printed. When {@code logs/} cannot be written, the program says so once on standard
 * error, in German, and goes on without a log file.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public class LoggingSetup extends ContextAwareBase implements Configurator {

    static final String LOG_DIR_PROPERTY = "lotsenkontor.logDir";
    private static final AtomicBoolean TOLD = new AtomicBoolean();
    /** Where the one notice goes; standard error, replaceable by tests. */
    static volatile PrintStream notices = System.err;

    /** Must run before the first logger is created. */
    public static void useFolder(Path logFolder) {
        System.setProperty(LOG_DIR_PROPERTY, logFolder.toAbsolutePath().toString());
        // PDFBox logs through Commons Logging, which would go by way of the Log4j API (on the class
        // path for another library) and its SLF4J bridge: straight to SLF4J is 90 classes fewer to load.
        if (System.getProperty(COMMONS_LOGGING_FACTORY) == null) {
            System.setProperty(COMMONS_LOGGING_FACTORY, "org.apache.commons.logging.impl.Slf4jLogFactory");
        }
    }

    private static final String COMMONS_LOGGING_FACTORY = "org.apache.commons.logging.LogFactory";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String dir = System.getProperty(LOG_DIR_PROPERTY);
        if (dir == null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // First of all: Logback must never print its status to standard output.
        context.getStatusManager().add(new QuietStatus(dir));
        String file = Path.of(dir, "lotsenkontor.log").toString();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        quietLibraries(context);
        String problem = cannotWrite(Path.of(dir), Path.of(file));
        if (problem != null) {
            tellOnce(dir, problem);
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY; // no appender: events are dropped
        }

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(file);
        appender.setEncoder(encoder);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(Path.of(dir, "lotsenkontor.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        root.addAppender(appender);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static void quietLibraries(LoggerContext context) {
        // Hibernate and Flyway are chatty at INFO; their warnings still reach the file.
        context.getLogger("org.hibernate").setLevel(Level.WARN);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.apache.poi").setLevel(Level.WARN);
    }

    /** Why the log file cannot be written, or null when it can (checked by really opening it). */
    static String cannotWrite(Path dir, Path file) {
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.flush();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    /** Says once per run, on standard error, that there is no log file. */
    static void tellOnce(String dir, String reason) {
        if (TOLD.compareAndSet(false, true)) {
            notices.println(I18n.text("cli.log.notWritable", dir, reason));
            notices.flush();
        }
    }

    /** Keeps Logback's status messages off standard output; a failing file appender is told once. */
    private static final class QuietStatus implements StatusListener {
        private final String dir;

        QuietStatus(String dir) {
            this.dir = dir;
        }

        @Override
        public void addStatusEvent(Status status) {
            if (status.getLevel() >= Status.ERROR) {
                tellOnce(dir, status.getMessage());
            }
        }

        @Override
        public boolean isResetResistant() {
            return true;
        }
    }
}
