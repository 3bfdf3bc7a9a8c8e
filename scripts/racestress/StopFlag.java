package racestress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * A worker spins until another thread sets a flag. jcstress starts the actor, then calls the
 * signal, and waits: TERMINATED if the actor returned, STALE if it still spins.
 */
public class StopFlag {

    /** A plain field: the JIT may read it once and spin on the copy for ever. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The worker saw the flag and stopped.")
    @Outcome(id = "STALE", expect = ACCEPTABLE_INTERESTING, desc = "The worker never saw the flag: it still spins.")
    @State
    public static class Plain {
        boolean stop;

        @Actor
        public void worker() {
            while (!stop) {
                // spin
            }
        }

        @Signal
        public void signal() {
            stop = true;
        }
    }

    /** A volatile field: every read goes to memory, so the worker must stop. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The worker saw the flag and stopped.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "A volatile write went unseen: forbidden.")
    @State
    public static class Volatile {
        volatile boolean stop;

        @Actor
        public void worker() {
            while (!stop) {
                // spin
            }
        }

        @Signal
        public void signal() {
            stop = true;
        }
    }
}
