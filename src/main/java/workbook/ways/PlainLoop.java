package workbook.ways;

import java.util.ArrayList;
import java.util.List;

/** No parallelism at all: one task after the other on the calling thread. The baseline. */
public final class PlainLoop implements Way {
    @Override
    public String name() {
        return "plain loop";
    }

    @Override
    public int workers(int tasks) {
        return 1;
    }

    @Override
    public <T, R> List<R> map(List<T> inputs, Task<? super T, ? extends R> task) throws InterruptedException {
        List<R> results = new ArrayList<>(inputs.size());
        for (T input : inputs) {
            if (Thread.interrupted()) {
                throw new InterruptedException("stopped before input " + input);
            }
            try {
                results.add(task.apply(input));
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                throw new TaskFailedException(input, e);
            }
        }
        return results;
    }
}
