package workbook.perfect;

/**
 * The guide's own timings: Python, perfect numbers below 100000, on the author's machine
 * (its cores unnamed). Shown beside the reader's figures as labelled reference rows, never as ours.
 */
public final class GuideFigures {
    private GuideFigures() {}

    public static final int N = 100_000;
    public static final double PYTHON_LOOP_SECONDS = 258.8744;
    public static final double PYTHON_PROCESS_PER_NUMBER_SECONDS = 143.5928;
    public static final double PYTHON_POOL_SECONDS = 74.2217;
}
