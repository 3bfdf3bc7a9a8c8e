package workbook.perfect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A slice holds the numbers it says, and searches them with the test it is given. */
class SliceTest {

    @Test
    void interleavedSlicesTogetherHoldEveryNumberOnce() {
        for (int workers = 1; workers <= 7; workers++) {
            List<Integer> all = new ArrayList<>();
            long sizes = 0;
            for (int k = 0; k < workers; k++) {
                Slice slice = Slice.interleaved(k, workers, 1000);
                sizes += slice.size();
                all.addAll(numbersOf(slice));
            }
            Collections.sort(all);
            assertEquals(IntStream.range(1, 1000).boxed().toList(), all, workers + " workers");
            assertEquals(999, sizes);
        }
    }

    @Test
    void sizeCountsTheNumbers() {
        assertEquals(5, Slice.block(3, 8).size());
        assertEquals(0, Slice.block(8, 8).size());
        assertEquals(0, Slice.block(9, 2).size());
        assertEquals(3, new Slice(1, 10, 3).size());            // 1, 4, 7
        assertEquals(4, new Slice(1, 11, 3).size());            // 1, 4, 7, 10
    }

    @Test
    void searchFindsThePerfectNumbersOfItsShare() throws InterruptedException {
        assertEquals(List.of(6, 28, 496), Slice.block(1, 1000).perfectNumbers());
        assertEquals(List.of(6, 28, 496), Slice.interleaved(1, 2, 1000).perfectNumbers());   // the even numbers
        assertEquals(List.of(), Slice.interleaved(0, 2, 1000).perfectNumbers());             // the odd ones
    }

    @Test
    void guideLoopStepsAreTheSumOfNMinusOne() {
        for (Slice slice : List.of(Slice.block(1, 101), Slice.block(50, 60), new Slice(2, 100, 7), Slice.block(5, 5))) {
            long steps = numbersOf(slice).stream().mapToLong(n -> n - 1).sum();
            assertEquals(steps, slice.guideLoopSteps(), 1e-6, slice.toString());
        }
    }

    @Test
    void anInterruptStopsTheSearch() {
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> Slice.block(1, 1000).perfectNumbers());
        assertEquals(false, Thread.currentThread().isInterrupted());
    }

    @Test
    void aStepBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Slice(1, 10, 0));
    }

    @Test
    void describesItself() {
        assertEquals("1 .. 9", Slice.block(1, 10).toString());
        assertEquals("2, 4, 6, ... below 100", Slice.interleaved(1, 2, 100).toString());
        assertEquals("no numbers", Slice.block(5, 5).toString());
        assertEquals("5", Slice.block(5, 6).toString());
        assertEquals("1, 4", Slice.interleaved(0, 3, 6).toString());
        assertEquals("1, 4, 7", Slice.interleaved(0, 3, 8).toString());
    }

    private static List<Integer> numbersOf(Slice slice) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = slice.from(); n < slice.to(); n += slice.step()) {
            numbers.add(n);
        }
        return numbers;
    }
}
