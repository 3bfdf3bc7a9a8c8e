package workbook.sleepy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbook.timing.Stopwatch;

class SleepyManTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final SleepyMan sleepy = new SleepyMan(Duration.ofMillis(20), new PrintStream(bytes, true, StandardCharsets.UTF_8));

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void sleepsOneSecondBetweenItsTwoLines() {
        double seconds = Stopwatch.time(sleepy::sleepyMan);
        assertEquals(List.of("Starting to sleep", "Done sleeping"), lines());
        assertTrue(seconds >= 0.020, "slept " + seconds);
    }

    @Test
    void withAnArgumentItSaysHowLongAndReturnsIt() throws InterruptedException {
        var clock = Stopwatch.start();
        assertEquals(3, sleepy.sleepyMan(3));
        assertTrue(clock.seconds() >= 0.060, "slept " + clock.seconds());
        assertEquals(List.of("Starting to sleep for 3 seconds", "Done sleeping for 3 seconds"), lines());
    }

    @Test
    void sleepingForSecondsKeepsTheGuidesLines() {
        double seconds = Stopwatch.time(() -> sleepy.sleepyManFor(2));
        assertEquals(List.of("Starting to sleep", "Done sleeping"), lines());
        assertTrue(seconds >= 0.040, "slept " + seconds);
    }

    @Test
    void anInterruptCutsTheSleepShortAndKeepsTheFlag() {
        Thread.currentThread().interrupt();
        sleepy.sleepyMan();
        assertTrue(Thread.interrupted(), "the interrupt flag is kept");
        assertEquals(List.of("Starting to sleep"), lines());
    }

    @Test
    void aSecondMustLastSomeTime() {
        assertThrows(IllegalArgumentException.class, () -> new SleepyMan(Duration.ZERO));
    }
}
