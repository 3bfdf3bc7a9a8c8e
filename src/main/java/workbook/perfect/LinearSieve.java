package workbook.perfect;

/**
 * Divisor sums of every number below a limit in linear time (Euler's sieve). Each composite
 * number is reached exactly once, from its smallest prime factor p, as p × i; and σ, the sum of
 * all divisors, is multiplicative: σ(a × b) = σ(a) × σ(b) when a and b share no factor.
 * So every σ(n) is one or two multiplications away from sums already known, and the arrays
 * are walked almost in order: cheaper than {@link PerfectNumbers#divisorSumSieve}, which
 * adds each d to all of its multiples, jumping through memory.
 */
public final class LinearSieve {
    private LinearSieve() {}

    /**
     * {@code sums[n]} is the sum of the divisors of n below n, for every n below {@code limit}:
     * the same array as {@link PerfectNumbers#divisorSumSieve}, computed in about {@code limit} steps.
     */
    public static long[] divisorSums(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, got " + limit);
        }
        long[] sigma = new long[limit];              // σ(n): the sum of all divisors of n, n itself included
        int[] power = new int[limit];                // p^k: the part of n made of its smallest prime p
        int[] primes = new int[Math.max(16, (int) (1.3 * limit / Math.log(Math.max(limit, 3))) + 16)];
        int primeCount = 0;
        if (limit > 1) {
            sigma[1] = 1;
        }
        for (int i = 2; i < limit; i++) {
            if (power[i] == 0) {                     // not reached from a smaller number: i is prime
                power[i] = i;
                sigma[i] = i + 1L;
                primes[primeCount++] = i;
            }
            for (int j = 0; j < primeCount; j++) {
                int p = primes[j];
                long product = (long) i * p;
                if (product >= limit) {
                    break;
                }
                int n = (int) product;
                if (i % p != 0) {                    // p is below every prime of i: σ(p × i) = σ(p) σ(i)
                    power[n] = p;
                    sigma[n] = sigma[i] * (p + 1L);
                } else {                             // p is i's smallest prime: one more factor p
                    power[n] = power[i] * p;
                    sigma[n] = power[n] == n
                            ? sigma[i] * p + 1       // n = p^(k+1): 1 + p + ... + p^(k+1)
                            : sigma[n / power[n]] * sigma[power[n]];
                    break;                           // larger primes reach their multiples of i later
                }
            }
        }
        for (int n = 1; n < limit; n++) {
            sigma[n] -= n;                           // the divisors below n only
        }
        return sigma;
    }

    /** The perfect numbers below {@code limit}, found with the linear sieve. */
    public static java.util.List<Integer> perfectBelow(int limit) {
        long[] sums = divisorSums(limit);
        var perfect = new java.util.ArrayList<Integer>();
        for (int n = 1; n < limit; n++) {
            if (sums[n] == n) {
                perfect.add(n);
            }
        }
        return perfect;
    }
}
