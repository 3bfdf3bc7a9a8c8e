package workbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Thread counts and sizes past what the machine allows are refused with the limit and its reason. */
class LimitsTest {
    private final CommandSpec spec = new CommandLine(CommandSpec.create()).getCommandSpec();

    @Test
    void aStepMayStartAQuarterOfTheMachinesThreads() {
        var machine = ThreadLimit.machine();
        assertTrue(machine.threads() > 0, machine.toString());
        assertEquals(machine.threads() / 4, ThreadLimit.perStep());
        assertEquals(ThreadLimit.perStep(), ThreadLimit.check(spec, "--threads", ThreadLimit.perStep()));
    }

    @Test
    void tooManyThreadsAreRefusedNamingTheAllowance() {
        var refused = assertThrows(ParameterException.class, () -> ThreadLimit.check(spec, "--threads", 100_000));
        assertTrue(refused.getMessage().matches("--threads must be at most [0-9,]+, got 100,000: this machine allows [0-9,]+"
                + " threads for all its programs together \\(.+\\), and one step takes at most a quarter"), refused.getMessage());
        assertThrows(ParameterException.class, () -> ThreadLimit.check(spec, "--threads", 0));
    }

    @Test
    void sizesPastAQuarterOfTheHeapAreRefused() {
        long most = HeapLimit.most(8);
        assertEquals(Runtime.getRuntime().maxMemory() / 32, most);
        assertEquals(100, HeapLimit.check(spec, "--capacity", 100, 8, "slots"));
        var refused = assertThrows(ParameterException.class,
                () -> HeapLimit.check(spec, "--capacity", Integer.MAX_VALUE, 8, "slots"));
        assertTrue(refused.getMessage().startsWith("--capacity must be at most "), refused.getMessage());
    }
}
