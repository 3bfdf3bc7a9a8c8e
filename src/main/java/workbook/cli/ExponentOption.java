package workbook.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --max-exponent} option of the hunt for Mersenne primes: the exponents p tried are 2..P. */
public final class ExponentOption {
    /** The 23rd Mersenne prime's exponent: the hunt up to it took about 10 s on 2 cores here. */
    public static final int DEFAULT = 11_213;

    /**
     * The largest P accepted. A Lucas-Lehmer test of p is p squarings, each (by FFT) about p log p
     * steps, and there are about P / ln P candidates, so the hunt to P costs about P^3: 50,000 is
     * already about 90 times the work of the default; memory is no limit (a p-bit number is p / 8 bytes).
     */
    public static final int LIMIT = 50_000;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int maxExponent = DEFAULT;

    @Option(names = "--max-exponent", paramLabel = "P",
            description = "Try the exponents p up to P (2 to " + LIMIT + ", default: " + DEFAULT + ").")
    void maxExponent(int value) {
        Cli.atLeast(spec, "--max-exponent", 2, value);
        if (value > LIMIT) {
            throw new ParameterException(spec.commandLine(), ("--max-exponent must be at most %d, got %d: the hunt to P"
                    + " costs about P^3, so %d is already about 90 times the work of the default").formatted(LIMIT, value, LIMIT));
        }
        maxExponent = value;
    }

    public int maxExponent() {
        return maxExponent;
    }
}
