package org.kvmforum.bot.robustness;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Everything logged while it is open, from every logger, with messages formatted and stack traces included, so a
 * test can search what an operator would read. Optionally lowers logger levels for its lifetime (and restores
 * them), so that a test sees what a more talkative configuration would write. While it is open the console
 * appender of {@code logback-test.xml} is detached: what a test provokes on purpose is asserted here, not printed.
 */
public final class LogCapture implements AutoCloseable {
    /** The console appender's name in logback-test.xml. */
    private static final String CONSOLE = "STDERR";
    private static final String BOT_LOGGERS = "org.kvmforum.bot";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root;
    private final Map<Logger, Level> savedLevels = new HashMap<>();
    /** The console appender this capture muted, or null (none, or an enclosing capture muted it). */
    private final Appender<ILoggingEvent> mutedConsole;

    private LogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
        mutedConsole = root.getAppender(CONSOLE);
        if (mutedConsole != null) {
            root.detachAppender(mutedConsole);
        }
    }

    /**
     * Starts capturing, with the bot's own loggers at INFO as in production (logback.xml), so a test reads what an
     * operator would; logback-test.xml keeps them at WARN otherwise.
     */
    public static LogCapture start() {
        return new LogCapture().level(BOT_LOGGERS, Level.INFO);
    }

    /** Sets a logger's level until {@link #close()}. */
    public LogCapture level(String loggerName, Level level) {
        Logger logger = root.getLoggerContext().getLogger(loggerName);
        savedLevels.putIfAbsent(logger, logger.getLevel());
        logger.setLevel(level);
        return this;
    }

    /** Snapshot of the events so far. */
    public List<ILoggingEvent> events() {
        synchronized (appender.list) {
            return new ArrayList<>(appender.list);
        }
    }

    /** One line per event ("LEVEL logger - message"), each followed by its stack trace, if any. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (ILoggingEvent event : events()) {
            out.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(" - ")
                    .append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                out.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
        return out.toString();
    }

    /** Forgets what was captured so far. */
    public void clear() {
        synchronized (appender.list) {
            appender.list.clear();
        }
    }

    public List<ILoggingEvent> atLeast(Level level) {
        return events().stream().filter(event -> event.getLevel().isGreaterOrEqual(level)).toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        if (mutedConsole != null) {
            root.addAppender(mutedConsole);
        }
        savedLevels.forEach(Logger::setLevel);
    }
}
