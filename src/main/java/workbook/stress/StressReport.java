package workbook.stress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What jcstress printed under "RUN RESULTS" (run it with -v so that every test is listed, not only
 * the interesting ones): for each test, its status and, across all JVM configurations, how often
 * each declared outcome was seen.
 */
public record StressReport(Map<String, Test> tests) {
    /** One outcome row: the result id, how many samples gave it, and what the test declared it to be. */
    public record Outcome(String id, long samples, String expect, String description) {}

    /** One test: jcstress's verdict (OK, FAILED, ERROR) and its outcomes. */
    public record Test(String name, String status, List<Outcome> outcomes) {
        public long samples(String id) {
            return outcomes.stream().filter(o -> o.id().equals(id)).mapToLong(Outcome::samples).sum();
        }

        public long total() {
            return outcomes.stream().mapToLong(Outcome::samples).sum();
        }

        /** Samples of outcomes the test declared FORBIDDEN. */
        public long forbidden() {
            return outcomes.stream().filter(o -> o.expect().equals("Forbidden")).mapToLong(Outcome::samples).sum();
        }
    }

    private static final Pattern TEST = Pattern.compile("^\\.*\\s*\\[(\\w+)\\]\\s+(\\S+)\\s*$");
    private static final Pattern ROW = Pattern.compile("^\\s+(\\S+)\\s+([\\d,]+)\\s+(<?[\\d.]+%)\\s+(Acceptable|Interesting|Forbidden|Unknown)\\s+(.*)$");

    public static StressReport parse(List<String> lines) {
        Map<String, Test> tests = new LinkedHashMap<>();
        int from = lines.indexOf("RUN RESULTS:");
        String name = null;
        String status = null;
        List<Outcome> outcomes = null;
        for (String line : from < 0 ? List.<String>of() : lines.subList(from, lines.size())) {
            Matcher test = TEST.matcher(line);
            Matcher row = ROW.matcher(line);
            if (test.matches()) {
                if (name != null) {
                    tests.put(name, new Test(name, status, List.copyOf(outcomes)));
                }
                status = test.group(1);
                name = test.group(2);
                outcomes = new ArrayList<>();
            } else if (name != null && row.matches()) {
                outcomes.add(new Outcome(row.group(1), Long.parseLong(row.group(2).replace(",", "")), row.group(4), row.group(5).strip()));
            }
        }
        if (name != null) {
            tests.put(name, new Test(name, status, List.copyOf(outcomes)));
        }
        return new StressReport(tests);
    }

    public Test test(String name) {
        Test test = tests.get(name);
        if (test == null) {
            throw new IllegalStateException("jcstress reported no test " + name + " (found: " + tests.keySet() + ")");
        }
        return test;
    }

    /** True when a test failed: a FORBIDDEN outcome was seen, or the test could not run. */
    public boolean anyFailed() {
        return tests.isEmpty() || tests.values().stream().anyMatch(t -> !t.status().equals("OK"));
    }

    /** Every test and outcome, one row each. */
    public String print() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-22s %-7s %-11s %14s  %-12s %s%n",
                "test", "status", "outcome", "samples", "declared", "meaning"));
        for (Test t : tests.values()) {
            for (Outcome o : t.outcomes()) {
                out.append(String.format(Locale.ROOT, "%-22s %-7s %-11s %,14d  %-12s %s%n", t.name().replace("racestress.", ""),
                        t.status(), o.id(), o.samples(), o.expect(), o.description()));
            }
        }
        return out.toString().stripTrailing();
    }
}
