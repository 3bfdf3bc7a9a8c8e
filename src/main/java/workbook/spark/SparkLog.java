package workbook.spark;

import java.util.Locale;

/**
 * How much of Spark's own log reaches stderr. Spark logs a lot (INFO by default); the reader
 * wants the perfect numbers, so the default is {@link #OFF}. WARN or INFO help when a real
 * cluster misbehaves.
 */
public enum SparkLog {
    OFF, ERROR, WARN, INFO, DEBUG;

    /** The level named by {@code text}, in any case; IllegalArgumentException names the choices. */
    public static SparkLog parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected one of OFF, ERROR, WARN, INFO, DEBUG, got '" + text + "'");
        }
    }

    /**
     * Sets Spark's log to this level before Spark starts. Spark 4 logs through log4j2 when its
     * binding is on the class path (as in the scripts); without a configuration of ours it would
     * load its own, INFO to the console. With another SLF4J provider (slf4j-nop in the Maven
     * build) there is nothing to do.
     */
    void apply() {
        if (Log4j2.present()) {
            Log4j2.configure(this);
        }
    }

    /** Kept apart so that nothing of log4j is loaded when log4j-core is not on the class path. */
    private static final class Log4j2 {
        static boolean present() {
            try {
                Class.forName("org.apache.logging.log4j.core.config.Configurator", false, SparkLog.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException e) {
                return false;
            }
        }

        static void configure(SparkLog level) {
            var builder = org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory
                    .newConfigurationBuilder();
            builder.setConfigurationName("workbook-spark-" + level);
            builder.setStatusLevel(org.apache.logging.log4j.Level.ERROR);   // log4j's own messages: errors only
            builder.add(builder.newAppender("stderr", "Console")
                    .addAttribute("target", "SYSTEM_ERR")
                    .add(builder.newLayout("PatternLayout").addAttribute("pattern", "%d{HH:mm:ss} %-5p %c{1}: %m%n")));
            // A root logger with an appender: Spark sees a configuration of ours and keeps its own away.
            builder.add(builder.newRootLogger(org.apache.logging.log4j.Level.toLevel(level.name()))
                    .add(builder.newAppenderRef("stderr")));
            org.apache.logging.log4j.core.config.Configurator.reconfigure(builder.build());
        }
    }
}
