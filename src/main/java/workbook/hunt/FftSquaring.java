package workbook.hunt;

import java.math.BigInteger;

/**
 * The Lucas-Lehmer test as GIMPS runs it: s is kept as n whole-number words, and s^2 mod 2^p - 1
 * is one fast Fourier transform of the words (as doubles), a pointwise square and one inverse
 * transform. A product of two numbers is the convolution of their digits, and the transform turns
 * a convolution into pointwise products. The transform's convolution is cyclic: what runs past
 * the top word comes back in at the bottom, which is just 2^p = 1 (mod 2^p - 1) when every word
 * has p/n bits. That is never a whole number, so the words are floor(p/n) or ceil(p/n) bits wide
 * (the "irrational base"), and Crandall and Fagin's weights (powers of 2 between 1 and 2) make the
 * wrap-around come out right anyway: no reduction is left to do. Each word of b bits is kept
 * between -2^(b-1) and 2^(b-1) (balanced), so the convolution's sums stay small against a
 * double's 53 bits.
 *
 * <p>Doubles round: after each inverse transform every word should be an integer, and the
 * distance to the nearest one is the round-off. GIMPS checks it too; here a round-off above
 * {@link #MAX_ROUND_OFF} stops the test with an exception rather than risk a wrong answer.
 */
public final class FftSquaring {
    /** Bits per word at most: with 21 the worst round-off for p below 10,000 was 0.03 here. */
    static final int MAX_BITS_PER_WORD = 21;

    /** A round-off this large could round a word to the wrong integer. */
    public static final double MAX_ROUND_OFF = 0.35;

    private final int p;
    private final int n;                 // words, a power of two
    private final int half;              // the complex transform's length: n real words packed two by two
    private final int[] bits;            // width of word j
    private final double[] weight;       // 2^(ceil(j p / n) - j p / n), in [1, 2)
    private final double[] unweight;     // 1 / (weight * half): undoes the weight and the transform's scale
    private final double[] cos;          // cos and sin of e^(-2 pi i k / half), k < half / 2
    private final double[] sin;
    private final double[] turnCos;      // cos and sin of w^k = e^(-2 pi i k / n), k <= half / 2: unpack the real transform
    private final double[] turnSin;
    private final int[] reversed;        // bit-reversed indices for the in-place transform
    private final double[] re;
    private final double[] im;
    private final long[] words;
    private double roundOff;

    /** Words for 2^p - 1, set to 4 (the test's s_0). */
    public FftSquaring(int p) {
        this(p, MAX_BITS_PER_WORD);
    }

    /** The same with up to {@code maxBitsPerWord} bits a word (more bits, fewer words, larger round-off). */
    FftSquaring(int p, int maxBitsPerWord) {
        if (p < 3) {
            throw new IllegalArgumentException("needs p >= 3, got " + p);
        }
        this.p = p;
        n = words(p, maxBitsPerWord);
        half = n / 2;
        bits = new int[n];
        weight = new double[n];
        unweight = new double[n];
        for (int j = 0; j < n; j++) {
            long start = Math.ceilDiv((long) j * p, n);
            bits[j] = (int) (Math.ceilDiv((long) (j + 1) * p, n) - start);
            weight[j] = Math.pow(2, start - (double) j * p / n);
            unweight[j] = 1 / (weight[j] * half);
        }
        cos = new double[half / 2];
        sin = new double[half / 2];
        for (int k = 0; k < half / 2; k++) {
            cos[k] = Math.cos(2 * Math.PI * k / half);
            sin[k] = -Math.sin(2 * Math.PI * k / half);
        }
        turnCos = new double[half / 2 + 1];
        turnSin = new double[half / 2 + 1];
        for (int k = 0; k <= half / 2; k++) {
            turnCos[k] = Math.cos(2 * Math.PI * k / n);
            turnSin[k] = -Math.sin(2 * Math.PI * k / n);
        }
        reversed = new int[half];
        int levels = Integer.numberOfTrailingZeros(half);
        for (int i = 0; i < half; i++) {
            reversed[i] = Integer.reverse(i) >>> (32 - levels);
        }
        re = new double[half];
        im = new double[half];
        this.words = new long[n];
        this.words[0] = 4;
    }

    /** The Lucas-Lehmer test of 2^p - 1 (p an odd prime) with FFT squaring: s = 4, s = s^2 - 2, p - 2 times; prime iff s = 0. */
    public static boolean lucasLehmer(int p) {
        return lucasLehmer(p, MAX_BITS_PER_WORD);
    }

    /** The same with up to {@code maxBitsPerWord} bits a word. */
    static boolean lucasLehmer(int p, int maxBitsPerWord) {
        if (!Mersenne.isOddPrime(p)) {
            return p == 2;                            // as Mersenne.lucasLehmer: 3 is prime, composite p composite
        }
        FftSquaring s = new FftSquaring(p, maxBitsPerWord);
        for (int i = 0; i < p - 2; i++) {
            Mersenne.stopIfInterrupted(p);
            s.squareMinusTwo();
        }
        return s.value().signum() == 0;
    }

    /** The number of words. */
    public int words() {
        return n;
    }

    /** The number of words for 2^p - 1: the smallest power of two (at least 16) with at most {@link #MAX_BITS_PER_WORD} bits a word. */
    public static int words(int p) {
        return words(p, MAX_BITS_PER_WORD);
    }

    private static int words(int p, int maxBitsPerWord) {
        int words = 16;
        while ((p + words - 1) / words > maxBitsPerWord) {
            words *= 2;
        }
        return words;
    }

    /** The largest round-off seen so far. */
    public double roundOff() {
        return roundOff;
    }

    /** s = s^2 - 2 mod 2^p - 1. */
    public void squareMinusTwo() {
        for (int j = 0; j < half; j++) {
            re[j] = words[2 * j] * weight[2 * j];
            im[j] = words[2 * j + 1] * weight[2 * j + 1];
        }
        transform();
        squareRealTransform();                // leaves the conjugate of X^2 packed: the inverse transform is
        transform();                          // the forward one between two conjugations
        long carry = -2;                      // the "- 2" of the step, carried in with the rest
        for (int j = 0; j < half; j++) {
            carry = setWord(2 * j, round(re[j] * unweight[2 * j]) + carry);
            carry = setWord(2 * j + 1, round(-im[j] * unweight[2 * j + 1]) + carry);
        }
        wrapAround(carry);
    }

    /** s, as a number between 0 and 2^p - 2. */
    public BigInteger value() {
        BigInteger m = Mersenne.number(p);
        BigInteger v = BigInteger.ZERO;
        int at = 0;
        for (int j = 0; j < n; j++) {
            v = v.add(BigInteger.valueOf(words[j]).shiftLeft(at));
            at += bits[j];
        }
        return v.mod(m);
    }

    /** Sets s to x (0 <= x < 2^p), word by word. */
    public void set(BigInteger x) {
        int at = 0;
        long carry = 0;
        for (int j = 0; j < n; j++) {
            long word = x.shiftRight(at).longValue() & ((1L << bits[j]) - 1);
            carry = setWord(j, word + carry);
            at += bits[j];
        }
        wrapAround(carry);
    }

    /** 2^p = 1 (mod 2^p - 1): the carry out of the top word re-enters at the bottom, until none is left. */
    private void wrapAround(long carry) {
        for (int j = 0; carry != 0; j = (j + 1) % n) {
            carry = setWord(j, words[j] + carry);
        }
    }

    private long round(double x) {
        if (!(Math.abs(x) < 0x1p52)) {            // from 2^52 on a double holds no fraction to measure (or x is NaN)
            throw new ArithmeticException(String.format(java.util.Locale.ROOT,
                    "round-off unknown at p = %d with %d words: a sum reached %.3g, beyond a double's 53 bits", p, n, x));
        }
        double nearest = Math.rint(x);
        double off = Math.abs(x - nearest);
        if (off > roundOff) {
            roundOff = off;
            if (off > MAX_ROUND_OFF) {
                throw new ArithmeticException(String.format(java.util.Locale.ROOT,
                        "round-off %.2f at p = %d with %d words: the doubles are too short for this size", off, p, n));
            }
        }
        return (long) nearest;
    }

    /** Word j = value mod 2^b, between -2^(b-1) and 2^(b-1) - 1; returns the carry. */
    private long setWord(int j, long value) {
        int b = bits[j];
        long word = value & ((1L << b) - 1);
        if (b > 0 && word >= 1L << (b - 1)) {     // (small p leave some words 0 bits wide)
            word -= 1L << b;
        }
        words[j] = word;
        return (value - word) >> b;
    }

    /** The complex FFT of (re, im), in place: bit-reversal, then butterflies of growing size, two stages a pass. */
    private void transform() {
        for (int i = 0; i < half; i++) {
            int j = reversed[i];
            if (j > i) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int a = 0; a < half; a += 4) {        // sizes 2 and 4: the twiddles are 1 and -i
            double r0 = re[a] + re[a + 1], i0 = im[a] + im[a + 1];
            double r1 = re[a] - re[a + 1], i1 = im[a] - im[a + 1];
            double r2 = re[a + 2] + re[a + 3], i2 = im[a + 2] + im[a + 3];
            double r3 = re[a + 2] - re[a + 3], i3 = im[a + 2] - im[a + 3];
            re[a] = r0 + r2;
            im[a] = i0 + i2;
            re[a + 2] = r0 - r2;
            im[a + 2] = i0 - i2;
            re[a + 1] = r1 + i3;                   // (r3, i3) times -i is (i3, -r3)
            im[a + 1] = i1 - r3;
            re[a + 3] = r1 - i3;
            im[a + 3] = i1 + r3;
        }
        int size = 8;
        for (; 2 * size <= half; size *= 4) {
            twoStages(size / 2);
        }
        if (size <= half) {
            oneStage(size);
        }
    }

    /** The butterflies of size {@code size}: pairs h = size / 2 apart, the second times e^(-2 pi i k / size). */
    private void oneStage(int size) {
        int h = size / 2;
        int step = half / size;
        for (int start = 0; start < half; start += size) {
            for (int k = 0, t = 0; k < h; k++, t += step) {
                int a = start + k;
                int b = a + h;
                double xr = re[b] * cos[t] - im[b] * sin[t];
                double xi = re[b] * sin[t] + im[b] * cos[t];
                re[b] = re[a] - xr;
                im[b] = im[a] - xi;
                re[a] += xr;
                im[a] += xi;
            }
        }
    }

    /**
     * Two stages in one pass over the data, sizes 2h and 4h: four points h apart, first paired
     * (0, 1) and (2, 3) with e^(-2 pi i k / 2h), then (0, 2) with w = e^(-2 pi i k / 4h) and
     * (1, 3) with w e^(-2 pi i h / 4h) = -i w.
     */
    private void twoStages(int h) {
        int step1 = half / (2 * h);
        int step2 = half / (4 * h);
        for (int start = 0; start < half; start += 4 * h) {
            for (int k = 0; k < h; k++) {
                int a0 = start + k;
                int a1 = a0 + h;
                int a2 = a1 + h;
                int a3 = a2 + h;
                double c1 = cos[k * step1];
                double s1 = sin[k * step1];
                double c2 = cos[k * step2];
                double s2 = sin[k * step2];
                double xr = re[a1] * c1 - im[a1] * s1;
                double xi = re[a1] * s1 + im[a1] * c1;
                double b0r = re[a0] + xr;
                double b0i = im[a0] + xi;
                double b1r = re[a0] - xr;
                double b1i = im[a0] - xi;
                xr = re[a3] * c1 - im[a3] * s1;
                xi = re[a3] * s1 + im[a3] * c1;
                double b2r = re[a2] + xr;
                double b2i = im[a2] + xi;
                double b3r = re[a2] - xr;
                double b3i = im[a2] - xi;
                double tr = b2r * c2 - b2i * s2;
                double ti = b2r * s2 + b2i * c2;
                re[a0] = b0r + tr;
                im[a0] = b0i + ti;
                re[a2] = b0r - tr;
                im[a2] = b0i - ti;
                double ur = b3r * c2 - b3i * s2;           // w b3, then times -i: (ur, ui) becomes (ui, -ur)
                double ui = b3r * s2 + b3i * c2;
                re[a1] = b1r + ui;
                im[a1] = b1i - ur;
                re[a3] = b1r - ui;
                im[a3] = b1i + ur;
            }
        }
    }

    /**
     * The n real words went in as half complex ones (even words real, odd words imaginary). From
     * that transform Z this takes the real transform X (X_k = E_k + w^k O_k, w = e^(-2 pi i / n),
     * E and O the transforms of the even and odd words), squares it, and packs X^2 back the same way for the
     * inverse transform, conjugated (the inverse transform is the forward one between two
     * conjugations; the second is done when the words are read). Index k and its partner
     * half - k are done together.
     */
    private void squareRealTransform() {
        for (int k = 0; k <= half / 2; k++) {
            int m = (half - k) & (half - 1);
            double wr = turnCos[k];
            double wi = turnSin[k];
            // X_k and X_(k + half), squared
            double er = (re[k] + re[m]) / 2;
            double ei = (im[k] - im[m]) / 2;
            double or = (im[k] + im[m]) / 2;
            double oi = (re[m] - re[k]) / 2;
            double tr = wr * or - wi * oi;
            double ti = wr * oi + wi * or;
            double ar = er + tr;
            double ai = ei + ti;
            double br = er - tr;
            double bi = ei - ti;
            double yr = ar * ar - ai * ai;
            double yi = 2 * ar * ai;
            double zr = br * br - bi * bi;
            double zi = 2 * br * bi;
            // packed again: E' = (Y_k + Y_(k+half)) / 2, O' = (Y_k - Y_(k+half)) / (2 w^k), Z' = E' + i O'
            double pr = (yr - zr) / 2;
            double pi = (yi - zi) / 2;
            double qr = pr * wr + pi * wi;
            double qi = pi * wr - pr * wi;
            double kr = (yr + zr) / 2 - qi;
            double ki = (yi + zi) / 2 + qr;
            if (m != k) {
                // the partner: Y_m = conj(Y_(k+half)), Y_(m+half) = conj(Y_k), and w^m = -conj(w^k)
                double pr2 = (zr - yr) / 2;
                double pi2 = (yi - zi) / 2;
                double qr2 = -(pr2 * wr - pi2 * wi);
                double qi2 = -(pi2 * wr + pr2 * wi);
                re[m] = (zr + yr) / 2 - qi2;
                im[m] = (zi + yi) / 2 - qr2;         // conjugated
            }
            re[k] = kr;
            im[k] = -ki;                             // conjugated
        }
    }
}
