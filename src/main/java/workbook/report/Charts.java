package workbook.report;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.TickSettings;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/** The charts the workbook draws, from its tables. */
public final class Charts {
    private Charts() {}

    /** One horizontal bar per row, first row at the top: the row's {@code label} against its {@code value}. */
    public static Figure bars(Table table, String label, String value) {
        return groupedBars(table, label, value);
    }

    /** Horizontal bars, one group per row (first row at the top): the row's {@code label} against each of the {@code values} columns. */
    public static Figure groupedBars(Table table, String label, String... values) {
        List<Trace> traces = new ArrayList<>();
        for (String value : values) {
            traces.add(BarTrace.builder(table.stringColumn(label).asObjectArray(), numbers(table, value))
                    .orientation(BarTrace.Orientation.HORIZONTAL)
                    .name(value)
                    .build());
        }
        Layout layout = Layout.builder(table.name())
                .xAxis(Axis.builder().title(String.join(", ", values)).build())
                .yAxis(Axis.builder().autoRange(Axis.AutoRange.REVERSED).build())   // first row at the top
                .barMode(Layout.BarMode.GROUP)
                .margin(Margin.builder().left(longestLabel(table, label) * 7 + 40).build())
                .height(Math.max(400, 30 * table.rowCount() * values.length + 160))
                .showLegend(values.length > 1)
                .build();
        return new Figure(layout, traces.toArray(Trace[]::new));
    }

    private static int longestLabel(Table table, String label) {
        return table.stringColumn(label).asList().stream().mapToInt(String::length).max().orElse(10);
    }

    /**
     * Lines over a shared x axis, one per {@code ys} column, named after it: the first is the
     * measurement (solid, with markers), the others are references such as an ideal line or a
     * fitted law (dashed).
     */
    public static Figure lines(Table table, String x, String yTitle, String... ys) {
        double[] xs = numbers(table, x);
        List<Trace> traces = new ArrayList<>();
        for (int i = 0; i < ys.length; i++) {
            ScatterTrace.ScatterBuilder line = ScatterTrace.builder(xs, numbers(table, ys[i])).name(ys[i]);
            if (i == 0) {
                line.mode(ScatterTrace.Mode.LINE_AND_MARKERS);
            } else {
                line.mode(ScatterTrace.Mode.LINE).line(Line.builder().dash(Line.Dash.DASH).build());
            }
            traces.add(line.build());
        }
        Axis xAxis = Axis.builder().title(x)
                .tickSettings(TickSettings.builder().tickMode(TickSettings.TickMode.ARRAY).arrayTicks(xs).build())
                .build();                                                    // a tick at each measured x: 1, 2, 3 workers, not 1.5
        Layout layout = Layout.builder(table.name()).xAxis(xAxis).yAxis(Axis.builder().title(yTitle).build())
                .showLegend(true).build();
        return new Figure(layout, traces.toArray(Trace[]::new));
    }

    /**
     * Horizontal bars on a logarithmic axis, for times that span many powers of ten; one colour
     * (and legend entry) per value of the {@code series} column, e.g. "measured here" beside
     * "the guide's figure". The series follow each other from the top, each in the table's order.
     */
    public static Figure logBars(Table table, String label, String value, String series) {
        List<Trace> traces = new ArrayList<>();
        for (String name : new java.util.LinkedHashSet<>(table.stringColumn(series).asList())) {   // in order of first appearance
            Table part = table.where(table.stringColumn(series).isEqualTo(name));
            traces.add(BarTrace.builder(part.stringColumn(label).asObjectArray(), numbers(part, value))
                    .orientation(BarTrace.Orientation.HORIZONTAL)
                    .name(name)
                    .build());
        }
        Layout layout = Layout.builder(table.name())
                .xAxis(Axis.builder().title(value + " (log scale)").type(Axis.Type.LOG).build())
                .yAxis(Axis.builder().autoRange(Axis.AutoRange.REVERSED).build())   // first bar at the top
                .barMode(Layout.BarMode.OVERLAY)                                    // one bar per label, not side by side
                .margin(Margin.builder().left(330).build())
                .height(Math.max(400, 30 * table.rowCount() + 160))
                .showLegend(true)
                .build();
        return new Figure(layout, traces.toArray(Trace[]::new));
    }

    private static double[] numbers(Table table, String column) {
        return ((NumericColumn<?>) table.column(column)).asDoubleArray();
    }
}
