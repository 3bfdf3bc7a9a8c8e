package racestress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;
import workbook.lock.AtomicCounter;

/** The same two increments on the lock step's AtomicCounter: one indivisible step each, so 1 is forbidden. */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments kept.")
@Outcome(id = "1", expect = FORBIDDEN, desc = "A lost update: incrementAndGet is broken.")
@State
public class AtomicNoLoss {
    private final AtomicCounter counter = new AtomicCounter();

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
