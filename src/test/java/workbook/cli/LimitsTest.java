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
    void aRunMayStartAQuarterOfTheMachinesThreads() {
        long allowance = Limits.threadAllowance();
        assertEquals(Math.min(Limits.FORK_JOIN_MAX, allowance / 4), Limits.maxThreads());
        assertEquals(Limits.maxThreads(), Limits.threads(spec, "--threads", Limits.maxThreads()));
    }

    @Test
    void tooManyThreadsAreRefusedNamingTheAllowance() {
        var refused = assertThrows(ParameterException.class, () -> Limits.threads(spec, "--threads", 100_000));
        assertTrue(refused.getMessage().matches("--threads 100,000 is more threads than this machine allows one program:"
                + " at most [0-9,]+ \\(a quarter of its [0-9,]+ threads, the rest kept for other programs\\)"), refused.getMessage());
    }

    @Test
    void sizesPastHalfTheHeapAreRefused() {
        assertEquals(Runtime.getRuntime().maxMemory() / 2 / 8, Limits.maxItems(8));
        assertEquals(100, Limits.memory(spec, "--capacity", 100, 8, "slots"));
        var refused = assertThrows(ParameterException.class,
                () -> Limits.memory(spec, "--capacity", Long.MAX_VALUE / 16, 8, "slots"));
        assertTrue(refused.getMessage().startsWith("--capacity 576,460,752,303,423,487 needs about "), refused.getMessage());
    }
}
