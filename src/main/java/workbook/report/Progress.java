package workbook.report;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import java.util.List;
import workbook.ways.Task;
import workbook.ways.Way;

/**
 * A progress bar on stderr while a long comparison runs, shown only when the reader sits at a
 * terminal: piped into a file or a test, nothing is drawn.
 */
public final class Progress implements AutoCloseable {
    private final ProgressBar bar;                     // null when not on a terminal

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    public static Progress of(String label, long total) {
        var console = System.console();
        if (console == null || !console.isTerminal()) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder()
                .setTaskName(label)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .continuousUpdate()
                .build());
    }

    /** Shown in the bar's text: what runs now. */
    public void now(String text) {
        if (bar != null) {
            bar.setExtraMessage(text);
        }
    }

    /** The same task, moving the bar one step each time it ends. */
    public <T, R> Task<T, R> counting(Task<T, R> task) {
        if (bar == null) {
            return task;
        }
        return input -> {
            R result = task.apply(input);
            bar.step();
            return result;
        };
    }

    /** Moves the bar {@code steps} steps on (for work whose parts cost unequal amounts). */
    public void step(long steps) {
        if (bar != null) {
            bar.stepBy(steps);
        }
    }

    /**
     * {@code way.map(inputs, task)} with a bar labelled {@code label} that moves once per task
     * and shows an estimate of the time left; on no terminal, just the map.
     */
    public static <T, R> List<R> map(String label, Way way, List<T> inputs, Task<? super T, ? extends R> task)
            throws InterruptedException {
        try (var progress = of(label, inputs.size())) {
            progress.now(way.name());
            return way.map(inputs, progress.<T, R>counting(task::apply));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
