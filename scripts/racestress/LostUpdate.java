package racestress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;
import workbook.lock.UnsafeCounter;

/**
 * The lock step's UnsafeCounter, raised once by each of two actors; the arbiter reads it after
 * both have finished. 2 is right; 1 is the lost update (both read 0, both wrote 1): allowed by
 * the Java memory model for count++, so interesting rather than forbidden.
 */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments kept.")
@Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "Lost update: both read the same value.")
@State
public class LostUpdate {
    private final UnsafeCounter counter = new UnsafeCounter();

    @Actor
    public void first() {
        counter.increment();
    }

    @Actor
    public void second() {
        counter.increment();
    }

    @Arbiter
    public void count(J_Result r) {
        r.r1 = counter.get();
    }
}
