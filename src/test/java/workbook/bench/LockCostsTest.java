package workbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Throughput turned into nanoseconds per increment, the two orders compared, each differing place explained. */
class LockCostsTest {
    @Test
    void throughputBecomesNanosecondsWithTheInterval() {
        var row = LockCosts.fromJmh("AtomicCounter", 1, 100, 25);        // 100 increments per microsecond
        assertEquals(10.0, row.jmhNs(), 1e-9);
        List<LockCosts.Row> rows = new ArrayList<>(List.of(row));
        LockCosts.addHandRolled(rows, "AtomicCounter", 1, 12.5);
        assertEquals(12.5, rows.getFirst().handNs(), 1e-9);
        assertTrue(LockCosts.table(rows).print().contains("8.00 to 13.33"));
    }

    @Test
    void sameOrderSaysSoAndADifferentOneIsExplainedPlaceByPlace() {
        List<LockCosts.Row> rows = new ArrayList<>(List.of(
                LockCosts.fromJmh("A", 1, 100, 1), LockCosts.fromJmh("B", 1, 50, 1),
                LockCosts.fromJmh("A", 2, 100, 60), LockCosts.fromJmh("B", 2, 90, 60)));
        LockCosts.addHandRolled(rows, "A", 1, 5);
        LockCosts.addHandRolled(rows, "B", 1, 20);
        LockCosts.addHandRolled(rows, "A", 2, 30);
        LockCosts.addHandRolled(rows, "B", 2, 10);
        List<String> lines = LockCosts.explainOrder(rows, true);
        assertTrue(lines.contains("  Same order."), lines.toString());
        assertTrue(lines.contains("  JMH:  A < B") && lines.contains("  race: B < A"), lines.toString());
        assertEquals(2, lines.stream().filter(l -> l.startsWith("  Place ") && l.contains("intervals overlap")).count(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Where the orders differ")), lines.toString());
    }
}
