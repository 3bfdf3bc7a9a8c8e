package workbook.report;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Timings of several ways on the same work, as a table: way, workers, seconds, speedup over the
 * baseline and the reduction in time it brings. Rows measured on this machine are compared with
 * the first measured row; reference rows (figures from elsewhere, such as the guide's) with the
 * first reference row, so the two sets never mix.
 */
public final class Comparison {
    private record Row(String way, Integer workers, double seconds, boolean reference) {}

    private final String title;
    private final List<Row> rows = new ArrayList<>();

    public Comparison(String title) {
        this.title = title;
    }

    /** A time measured here; the first one is the baseline of the measured rows. */
    public Comparison measured(String way, int workers, double seconds) {
        rows.add(new Row(way, workers, seconds, false));
        return this;
    }

    /** A figure from elsewhere, shown as it was given; {@code workers} may be null when unknown. */
    public Comparison reference(String way, Integer workers, double seconds) {
        rows.add(new Row(way, workers, seconds, true));
        return this;
    }

    /** Every row: the measured ones, then the references. */
    public Table table() {
        return table(rows);
    }

    /** Only the rows measured on this machine (a chart of them is not dwarfed by slower references). */
    public Table measuredTable() {
        return table(rows.stream().filter(row -> !row.reference()).toList());
    }

    private Table table(List<Row> rows) {
        StringColumn way = StringColumn.create("way");
        IntColumn workers = IntColumn.create("workers");
        DoubleColumn seconds = DoubleColumn.create("seconds");
        DoubleColumn speedup = DoubleColumn.create("speedup");
        DoubleColumn reduction = DoubleColumn.create("reduction %");
        for (Row row : rows) {
            double baseline = baseline(row.reference());
            way.append(row.way());
            if (row.workers() == null) {
                workers.appendMissing();
            } else {
                workers.append(row.workers());
            }
            seconds.append(row.seconds());
            speedup.append(baseline / row.seconds());
            reduction.append(100 * (baseline - row.seconds()) / baseline);
        }
        seconds.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(3));
        speedup.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        reduction.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(1));
        return Table.create(title, way, workers, seconds, speedup, reduction);
    }

    private double baseline(boolean reference) {
        return rows.stream().filter(r -> r.reference() == reference).findFirst().orElseThrow().seconds();
    }
}
