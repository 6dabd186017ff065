package org.kvmforum.bot.robustness;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Everything logged while it is open, from every logger, with messages formatted and stack traces included, so a
 * test can search what an operator would read. Optionally lowers logger levels for its lifetime (and restores
 * them), so that a test sees what a more talkative configuration would write.
 */
final class LogCapture implements AutoCloseable {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root;
    private final Map<Logger, Level> savedLevels = new HashMap<>();

    private LogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
    }

    static LogCapture start() {
        return new LogCapture();
    }

    /** Sets a logger's level until {@link #close()}. */
    LogCapture level(String loggerName, Level level) {
        Logger logger = root.getLoggerContext().getLogger(loggerName);
        savedLevels.putIfAbsent(logger, logger.getLevel());
        logger.setLevel(level);
        return this;
    }

    /** Snapshot of the events so far. */
    List<ILoggingEvent> events() {
        synchronized (appender.list) {
            return new ArrayList<>(appender.list);
        }
    }

    /** One line per event ("LEVEL logger - message"), each followed by its stack trace, if any. */
    String text() {
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
    void clear() {
        synchronized (appender.list) {
            appender.list.clear();
        }
    }

    List<ILoggingEvent> atLeast(Level level) {
        return events().stream().filter(event -> event.getLevel().isGreaterOrEqual(level)).toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        savedLevels.forEach(Logger::setLevel);
    }
}
