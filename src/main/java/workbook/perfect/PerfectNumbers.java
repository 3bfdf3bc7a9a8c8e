package workbook.perfect;

/**
 * Perfect numbers: n is perfect when the sum of its divisors below n (its aliquot sum) equals n.
 * Three ways to find that sum, from the guide's loop to a sieve; all agree, the cost differs.
 * Perfect numbers are positive, so 0 and negative numbers are never perfect.
 */
public final class PerfectNumbers {
    private PerfectNumbers() {}

    /** The guide's test: try every i from 1 to n - 1. About n steps per number. */
    public static boolean isPerfect(int n) {
        return n > 0 && divisorSumBelow(n) == n;
    }

    /** Sum of the divisors of n below n, trying every candidate (the guide's loop). 0 for n < 2. */
    public static long divisorSumBelow(int n) {
        long sum = 0;
        for (int i = 1; i < n; i++) {
            if (n % i == 0) {
                sum += i;
            }
        }
        return sum;
    }

    /**
     * The same sum, stopping at the square root: divisors come in pairs (i, n / i), so every
     * divisor above the root is found from its partner below it. About √n steps per number.
     */
    public static long divisorSumToRoot(int n) {
        if (n < 2) {
            return 0;
        }
        long sum = 1;                                       // 1 divides every n > 1
        for (long i = 2; i * i <= n; i++) {                 // long: i * i must not overflow
            if (n % i == 0) {
                long partner = n / i;
                sum += (partner == i) ? i : i + partner;
            }
        }
        return sum;
    }

    /** Perfect test with the √n divisor sum. */
    public static boolean isPerfectToRoot(int n) {
        return n > 0 && divisorSumToRoot(n) == n;
    }

    /**
     * Divisor sums of every number below {@code limit}, at once: each d adds itself to its
     * multiples 2d, 3d, ... About limit × ln(limit) additions in all, instead of a search per number.
     * {@code sums[n]} is the sum of the divisors of n below n.
     */
    public static long[] divisorSumSieve(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, got " + limit);
        }
        long[] sums = new long[limit];
        for (int d = 1; d <= (limit - 1) / 2; d++) {
            for (int multiple = 2 * d; multiple < limit && multiple > 0; multiple += d) {
                sums[multiple] += d;
            }
        }
        return sums;
    }

    /** The perfect numbers below {@code limit}, found with the sieve. */
    public static java.util.List<Integer> perfectBelow(int limit) {
        long[] sums = divisorSumSieve(limit);
        var perfect = new java.util.ArrayList<Integer>();
        for (int n = 1; n < limit; n++) {
            if (sums[n] == n) {
                perfect.add(n);
            }
        }
        return perfect;
    }

    /** Prints the guide's line for every perfect number, in input order. */
    public static void printPerfect(java.util.List<Integer> numbers, java.util.List<Boolean> perfect) {
        for (int i = 0; i < numbers.size(); i++) {
            if (perfect.get(i)) {
                System.out.println(numbers.get(i) + " is a Perfect number");
            }
        }
    }
}
