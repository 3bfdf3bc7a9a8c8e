package lockbench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import workbook.lock.Counter;
import workbook.lock.CounterRace;

/**
 * One shared counter (Scope.Benchmark: every benchmark thread raises the same one), the lesson's
 * counters by name. JMH counts the calls of {@link #increment} made by all threads together per
 * microsecond; 1000 / that is the nanoseconds one increment of the shared counter costs.
 * Each counter runs in a JVM of its own (a fork), so the call below only ever sees one class.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Increments {
    @Param({"UnsafeCounter", "SynchronizedCounter", "LockedCounter", "AtomicCounter", "AdderCounter"})
    public String counter;

    private Counter shared;

    @Setup
    public void create() {
        shared = CounterRace.counters().stream().map(s -> s.get())
                .filter(c -> c.name().equals(counter)).findFirst().orElseThrow();
    }

    @Benchmark
    public void increment() {
        shared.increment();
    }
}
