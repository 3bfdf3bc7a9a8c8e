package workbook.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import workbook.timing.Timings;

/** The two sieves compared by time, steps and cost per step, each heat timed several times. */
class SieveRaceTest {
    @Test
    void stepsAreCountedFromTheCode() {
        SieveRace.Heat heat = new SieveRace.Heat(10, new Timings(new double[] {1}), new Timings(new double[] {1}));
        // d = 1: 2..9 (8 additions), d = 2: 4, 6, 8 (3), d = 3: 6, 9 (2), d = 4: 8 (1)
        assertEquals(14, heat.divisorSumSteps());
        assertEquals(8, heat.linearSteps());
    }

    @Test
    void everyNIsTimedAsOftenAsAsked() {
        List<SieveRace.Heat> heats = SieveRace.run(List.of(1_000, 5_000), 3);
        assertEquals(2, heats.size());
        heats.forEach(h -> assertEquals(3, h.divisorSum().runs()));
        heats.forEach(h -> assertEquals(3, h.linear().runs()));
    }

    @Test
    void theReadingFollowsTheNumbers() {
        Timings ms = new Timings(new double[] {0.001, 0.001, 0.001});
        var small = new SieveRace.Heat(20_000, new Timings(new double[] {0.0002, 0.0002, 0.0002}), ms);
        var memoryBound = new SieveRace.Heat(10_000_000, new Timings(new double[] {1.5, 1.4, 1.6}),
                new Timings(new double[] {0.15, 0.14, 0.16}));
        List<String> lines = SieveRace.explain(List.of(small, memoryBound));
        assertTrue(lines.get(0).startsWith("N = 20,000: divisor-sum sieve median 0.20 ms (0.20 to 0.20 ms over 3 runs)"), lines.get(0));
        assertTrue(lines.get(1).contains("the divisor-sum sieve is 5.0x faster"), lines.get(1));
        assertTrue(lines.get(3).contains("the linear sieve is 10.0x faster"), lines.get(3));
        assertTrue(lines.getLast().startsWith("The divisor-sum sieve's steps grew dearer far faster"), lines.getLast());
        List<String> level = SieveRace.explain(List.of(new SieveRace.Heat(20_000, ms, ms), new SieveRace.Heat(40_000, ms, ms)));
        assertTrue(level.get(1).contains("level (within 15 %)"), level.get(1));
        assertTrue(level.getLast().startsWith("Neither sieve's steps grew much dearer"), level.getLast());
    }
}
