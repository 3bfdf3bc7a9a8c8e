package workbook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import workbook.perfect.PerfectNumbers;

class CheckTest {

    @ParameterizedTest
    @CsvSource({"01.1, 3", "01.2, 12", "01.3, 5", "02.1, 22", "02.2, 11", "02.3, 8", "03.1, 4", "03.3, 0.75",
            "04.1, 2", "04.2, 0", "04.3, 100", "05.1, 1", "05.2, 50000", "05.3, 1", "06a.1, 5", "06a.2, 0.571", "06b.1, 10", "07.1, 32", "07.2, 3"})
    void theRightAnswerIsRight(String exercise, double answer) throws Exception {
        String line = Printed.by(() -> Check.answer(exercise, answer));
        assertTrue(line.startsWith("Exercise " + exercise + ": right."), line);
        assertEquals(1, line.lines().count());
    }

    @ParameterizedTest
    @CsvSource({"01.1, 0", "01.1, 12", "01.2, 3", "02.1, 15", "02.3, 6", "03.1, 2", "03.3, 0.5",
            "04.1, 3", "04.2, 1", "05.1, 4", "05.3, 4", "06a.1, 1", "06a.2, 0.667", "07.1, 8", "07.2, 1"})
    void aWrongAnswerGetsAHint(String exercise, double answer) throws Exception {
        String line = Printed.by(() -> Check.answer(exercise, answer));
        assertTrue(line.startsWith("Exercise " + exercise + ": not yet (your answer: "), line);
        assertTrue(line.contains("Hint: "), line);
    }

    @Test
    void anUnknownExerciseIsNamed() throws Exception {
        var e = assertThrows(IllegalArgumentException.class, () -> Check.answer("09.9", 1));
        assertTrue(e.getMessage().contains("09.9"));
    }

    @Test
    void theSquareRootTestIsRightAndFast() throws Exception {
        String line = Printed.by(() -> Check.isPerfectFast(PerfectNumbers::isPerfectToRoot));
        assertTrue(line.startsWith("Exercise 03.2: right, and fast"), line);
    }

    @Test
    void aWrongTestIsCaughtWithTheNumbersItGetsWrong() throws Exception {
        String line = Printed.by(() -> Check.isPerfectFast(n -> n == 6));
        assertTrue(line.startsWith("Exercise 03.2: not yet: your test disagrees with the guide's for n = [28, 496, 8128]"), line);
    }

    @Test
    void aTestThatOnlyKnowsSmallNumbersIsCaught() throws Exception {
        String line = Printed.by(() -> Check.isPerfectFast(n -> List.of(6, 28, 496, 8128).contains(n)));
        assertTrue(line.startsWith("Exercise 03.2: not yet: right up to 10000, but wrong near 33 million"), line);
    }
}
