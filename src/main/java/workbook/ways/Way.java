package workbook.ways;

import java.util.List;

/**
 * A way to run a list of tasks: the same function over every input, results in input order,
 * like Python's {@code Pool.map}. Every way keeps the same promises, so a script can run each
 * on the same work and compare:
 * <ul>
 *   <li>results come back in the order of the inputs;</li>
 *   <li>a task that throws ends the map with a {@link TaskFailedException} naming its input;</li>
 *   <li>an interrupt of the calling thread stops every worker and ends the map with
 *       {@link InterruptedException};</li>
 *   <li>no thread the way started is still running when {@code map} returns or throws.</li>
 * </ul>
 */
public interface Way {
    /** What the reader sees in a table: "plain loop", "fixed pool", ... */
    String name();

    /** How many threads run tasks at once (for one thread per task: as many as there are tasks). */
    int workers(int tasks);

    <T, R> List<R> map(List<T> inputs, Task<? super T, ? extends R> task) throws InterruptedException;

    /** Runs one task, turning whatever it throws into a {@link TaskFailedException} naming the input. */
    static <T, R> R apply(Task<? super T, ? extends R> task, T input) {
        try {
            return task.apply(input);
        } catch (TaskFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new TaskFailedException(input, e);
        }
    }
}
