package workbook.hunt;

/** What the hunt decided about one exponent. */
public enum Verdict {
    /** Trial factoring found a factor of 2^p - 1: no Lucas-Lehmer test needed. */
    FACTORED,
    /** The Lucas-Lehmer test says 2^p - 1 is composite. */
    COMPOSITE,
    /** 2^p - 1 is prime: 2^(p-1) (2^p - 1) is perfect. */
    PRIME
}
