package workbook.deadlock;

/** One transfer of one unit from {@code from} to {@code to}: takes both locks, moves, lets go. */
@FunctionalInterface
public interface Transfer {
    void move(Account from, Account to) throws InterruptedException;
}
