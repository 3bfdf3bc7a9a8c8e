package workbook.notebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A pool's plan worked out on paper: {@code workers} workers take sleeps from one queue, oldest
 * first (first in, first out), each free worker the next one. Says when each sleep starts and
 * ends, so a reader can predict a pool's time and the order of its lines before running it.
 */
public final class FifoSchedule {
    /** One sleep of the plan: which worker runs it, from when to when (in the guide's seconds). */
    public record Slot(int seconds, int worker, int start, int end) {}

    private final int workers;
    private final List<Slot> slots;

    private FifoSchedule(int workers, List<Slot> slots) {
        this.workers = workers;
        this.slots = List.copyOf(slots);
    }

    /** The plan for a pool of {@code workers} over these sleeps, given in this order. */
    public static FifoSchedule plan(int workers, List<Integer> sleeps) {
        if (workers < 1) {
            throw new IllegalArgumentException("a pool needs at least 1 worker, got " + workers);
        }
        // each entry: {time the worker is free, worker number}; ties go to the lower worker number
        PriorityQueue<int[]> free = new PriorityQueue<>(Comparator.<int[]>comparingInt(w -> w[0]).thenComparingInt(w -> w[1]));
        for (int w = 1; w <= workers; w++) {
            free.add(new int[] {0, w});
        }
        List<Slot> slots = new ArrayList<>();
        for (int seconds : sleeps) {
            if (seconds < 0) {
                throw new IllegalArgumentException("a sleep cannot be negative, got " + seconds);
            }
            int[] worker = free.poll();
            slots.add(new Slot(seconds, worker[1], worker[0], worker[0] + seconds));
            free.add(new int[] {worker[0] + seconds, worker[1]});
        }
        return new FifoSchedule(workers, slots);
    }

    public List<Slot> slots() {
        return slots;
    }

    /** When the last sleep ends: how long the whole map takes. */
    public int total() {
        return slots.stream().mapToInt(Slot::end).max().orElse(0);
    }

    /**
     * The lines the sleeps print, in the order the plan says they come: at the same moment a
     * worker first says it is done, then starts its next sleep.
     */
    public List<String> lines() {
        record Event(int time, int order, int worker, String line) {}
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            events.add(new Event(slot.start(), 1, i, "Starting to sleep for " + slot.seconds() + " seconds"));
            events.add(new Event(slot.end(), 0, i, "Done sleeping for " + slot.seconds() + " seconds"));
        }
        events.sort(Comparator.comparingInt(Event::time).thenComparingInt(Event::order).thenComparingInt(Event::worker));
        return events.stream().map(Event::line).toList();
    }

    /** The plan as a table: one row per sleep, in input order. */
    public Table table() {
        IntColumn sleep = IntColumn.create("sleep (s)");
        IntColumn worker = IntColumn.create("worker");
        IntColumn start = IntColumn.create("starts at (s)");
        IntColumn end = IntColumn.create("ends at (s)");
        for (Slot slot : slots) {
            sleep.append(slot.seconds());
            worker.append(slot.worker());
            start.append(slot.start());
            end.append(slot.end());
        }
        return Table.create(String.format(Locale.ROOT, "A pool of %d, first in first out: done after %d s", workers, total()),
                sleep, worker, start, end);
    }
}
