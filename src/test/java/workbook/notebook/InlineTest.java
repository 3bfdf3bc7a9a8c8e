package workbook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import workbook.report.ChartPage;
import workbook.report.Charts;
import workbook.report.Comparison;

class InlineTest {
    private static Table times() {
        return new Comparison("Perfect numbers below 20000, seconds")
                .measured("plain loop", 1, 0.5)
                .measured("fixed pool", 2, 0.26)
                .reference("the guide <Python>: plain loop", 1, 258.8744)
                .table();
    }

    @Test
    void aChartCarriesPlotlyJsonHtmlAndText() {
        Inline chart = Inline.chart(Charts.bars(times(), "way", "seconds"));
        assertEquals(List.of(Inline.PLOTLY_MIME, "text/html", "text/plain"), List.copyOf(chart.mimeBundle().keySet()));
        assertEquals("Chart: Perfect numbers below 20000, seconds", chart.mimeBundle().get("text/plain"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePlotlyJsonIsTheFiguresDataWithTitlesAsObjectsAndNoFixedWidth() {
        Map<String, Object> spec = (Map<String, Object>) Inline.chart(Charts.bars(times(), "way", "seconds")).mimeBundle().get(Inline.PLOTLY_MIME);
        Map<String, Object> bar = ((List<Map<String, Object>>) spec.get("data")).getFirst();
        assertEquals("bar", bar.get("type"));
        assertEquals("h", bar.get("orientation"));
        assertEquals(List.of("plain loop", "fixed pool", "the guide <Python>: plain loop"), bar.get("y"));
        assertEquals(List.of(0.5, 0.26, 258.8744), bar.get("x"));
        Map<String, Object> layout = (Map<String, Object>) spec.get("layout");
        assertEquals(Map.of("text", "Perfect numbers below 20000, seconds"), layout.get("title"));
        assertFalse(layout.containsKey("width"));
        assertEquals(true, ((Map<String, Object>) layout.get("yaxis")).get("automargin"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void lineChartsKeepEveryTraceAndAxisTitle() {
        Table table = Table.create("Speedup", DoubleColumn.create("workers", 1, 2, 4),
                DoubleColumn.create("measured", 1, 1.9, 2.0), DoubleColumn.create("ideal", 1, 2, 4));
        Map<String, Object> spec = (Map<String, Object>) Inline.chart(Charts.lines(table, "workers", "speedup", "measured", "ideal"))
                .mimeBundle().get(Inline.PLOTLY_MIME);
        List<Map<String, Object>> traces = (List<Map<String, Object>>) spec.get("data");
        assertEquals(List.of("measured", "ideal"), traces.stream().map(t -> t.get("name")).toList());
        Map<String, Object> xaxis = (Map<String, Object>) ((Map<String, Object>) spec.get("layout")).get("xaxis");
        assertEquals(Map.of("text", "workers"), xaxis.get("title"));
    }

    @Test
    void theFirstChartCarriesPlotlyJsOnceAndNoNetworkAddress() throws IOException {
        String html = (String) Inline.chart(Charts.bars(times(), "way", "seconds"), true).mimeBundle().get("text/html");
        assertFalse(html.contains("http://") || html.contains("https://"), "no CDN, no network");
        assertFalse(html.contains("<Python>"), "a < inside the chart's data is escaped: no label can close the script");
        assertEquals(2, html.split("</script>", -1).length - 1, "the library's script and the chart's, each closed once");
        try (InputStream packed = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(Inline.packedPlotly())));
             InputStream original = ChartPage.plotlyJs()) {
            assertTrue(java.util.Arrays.equals(original.readAllBytes(), packed.readAllBytes()), "the packed library is plotly.js itself");
        }
        assertEquals(1, html.split(java.util.regex.Pattern.quote(Inline.packedPlotly()), -1).length - 1, "one copy of plotly.js");
        assertTrue(html.contains("define, module, exports"), "the loader hides an AMD define from plotly.js");
    }

    @Test
    void laterChartsLeavePlotlyJsOutAndWaitForIt() {
        var first = Charts.bars(times(), "way", "seconds");
        var later = Charts.bars(new Comparison("Another chart").measured("plain loop", 1, 0.5).table(), "way", "seconds");
        Inline.newRun();
        assertTrue(carriesPlotly(Inline.chart(first)), "the run's first chart carries plotly.js");
        Inline shown = Inline.chart(later);
        assertFalse(carriesPlotly(shown), "a later chart does not");
        String html = (String) shown.mimeBundle().get("text/html");
        assertTrue(html.length() < 20_000, "a chart without the library is small: " + html.length() + " characters");
        assertEquals(1, html.split("</script>", -1).length - 1, "one script, closed once");
        assertTrue(html.contains("window.workbookPlotlyWaiting"), "it waits for the library when that comes later on the page");
        assertEquals(List.of(Inline.PLOTLY_MIME, "text/html", "text/plain"), List.copyOf(shown.mimeBundle().keySet()));
        assertTrue(carriesPlotly(Inline.chart(first)), "the first chart again (its cell run again): its new output carries it");
        assertFalse(carriesPlotly(Inline.chart(later)));
        Inline.newRun();
        assertTrue(carriesPlotly(Inline.chart(later)), "after %load workbook.jsh the first chart shown carries it");
    }

    private static boolean carriesPlotly(Inline chart) {
        return ((String) chart.mimeBundle().get("text/html")).contains(Inline.packedPlotly().substring(0, 400));
    }

    @Test
    void aTableShowsAsHtmlWithItsFormattedNumbersAndAsText() {
        Inline table = Inline.table(times());
        String html = (String) table.mimeBundle().get("text/html");
        assertTrue(html.contains("<caption"));
        assertTrue(html.contains("<td style=\"text-align:right\">258.874</td>"), html);
        assertTrue(html.contains("the guide &lt;Python&gt;: plain loop"), html);
        assertEquals(times().printAll(), table.mimeBundle().get("text/plain"));
    }

    @Test
    void aTableWithoutNumbersHasNoRightAlignedColumns() {
        Inline table = Inline.table(Table.create("words", StringColumn.create("word", "a", "b")));
        assertFalse(((String) table.mimeBundle().get("text/html")).contains("right"));
        assertTrue(new String(((String) table.mimeBundle().get("text/plain")).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).contains("word"));
    }
}
