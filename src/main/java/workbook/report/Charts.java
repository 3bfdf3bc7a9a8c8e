package workbook.report;

import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.HorizontalBarPlot;
import tech.tablesaw.plotly.components.Figure;

/** The charts the workbook draws, from its tables. */
public final class Charts {
    private Charts() {}

    /** One horizontal bar per row: the row's {@code label} against its {@code value}. */
    public static Figure bars(Table table, String label, String value) {
        return HorizontalBarPlot.create(table.name(), table, label, value);
    }
}
