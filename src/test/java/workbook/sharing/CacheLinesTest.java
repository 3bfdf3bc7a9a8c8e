package workbook.sharing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Behaviour only: both layouts count exactly and end; the ratio is the script's to measure, not a test's. */
class CacheLinesTest {
    @Test
    void bothLayoutsCountEveryIncrementAndEnd() throws InterruptedException {
        assertTrue(CacheLines.race(CacheLines.ADJACENT, 1_000_000) > 0);
        assertTrue(CacheLines.race(CacheLines.PADDED, 1_000_000) > 0);
    }

    @Test
    void badGapsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CacheLines.race(0, 10));
        assertThrows(IllegalArgumentException.class, () -> CacheLines.race(2000, 10));
    }

    @Test
    void topologyIsOneLine() {
        String text = CacheLines.topology();
        assertTrue(!text.isBlank() && text.lines().count() == 1, text);
    }
}
