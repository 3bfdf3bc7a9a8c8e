package workbook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FifoScheduleTest {
    private static final List<Integer> ONE_TO_TEN = IntStream.rangeClosed(1, 10).boxed().toList();

    @Test
    void theGuidesPoolOfFiveOverOneToTenTakesFifteenSeconds() {
        assertEquals(15, FifoSchedule.plan(5, ONE_TO_TEN).total());
    }

    @Test
    void theGuidesPoolPrintsTheGuidesOrderOfLines() {
        assertEquals(List.of(
                "Starting to sleep for 1 seconds", "Starting to sleep for 2 seconds", "Starting to sleep for 3 seconds",
                "Starting to sleep for 4 seconds", "Starting to sleep for 5 seconds",
                "Done sleeping for 1 seconds", "Starting to sleep for 6 seconds",
                "Done sleeping for 2 seconds", "Starting to sleep for 7 seconds",
                "Done sleeping for 3 seconds", "Starting to sleep for 8 seconds",
                "Done sleeping for 4 seconds", "Starting to sleep for 9 seconds",
                "Done sleeping for 5 seconds", "Starting to sleep for 10 seconds",
                "Done sleeping for 6 seconds", "Done sleeping for 7 seconds", "Done sleeping for 8 seconds",
                "Done sleeping for 9 seconds", "Done sleeping for 10 seconds"), FifoSchedule.plan(5, ONE_TO_TEN).lines());
    }

    @Test
    void eachFreeWorkerTakesTheOldestWaitingSleep() {
        assertEquals(List.of(new FifoSchedule.Slot(1, 1, 0, 1), new FifoSchedule.Slot(2, 2, 0, 2),
                        new FifoSchedule.Slot(3, 3, 0, 3), new FifoSchedule.Slot(4, 1, 1, 5)),
                FifoSchedule.plan(3, List.of(1, 2, 3, 4)).slots());
    }

    @Test
    void longestFirstAndSmallerPoolsChangeTheTotal() {
        assertEquals(22, FifoSchedule.plan(3, ONE_TO_TEN).total());
        assertEquals(11, FifoSchedule.plan(5, ONE_TO_TEN.reversed()).total());
        assertEquals(55, FifoSchedule.plan(1, ONE_TO_TEN).total());
        assertEquals(10, FifoSchedule.plan(10, ONE_TO_TEN).total());
        assertEquals(0, FifoSchedule.plan(2, List.of()).total());
    }

    @Test
    void theTableHasOneRowPerSleep() {
        var table = FifoSchedule.plan(5, ONE_TO_TEN).table();
        assertEquals(10, table.rowCount());
        assertEquals("A pool of 5, first in first out: done after 15 s", table.name());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FifoSchedule.plan(0, ONE_TO_TEN));
        assertThrows(IllegalArgumentException.class, () -> FifoSchedule.plan(2, List.of(-1)));
    }
}
