package workbook.notebook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.plotly.components.Figure;
import workbook.report.ChartPage;

/**
 * A table or chart shown inside a notebook: one output carrying several MIME types, and each
 * front end draws the richest it can.
 * <ul>
 *   <li>{@code application/vnd.plotly.v1+json}: the chart as plotly JSON, for front ends with a
 *       plotly renderer of their own (VS Code, JupyterLab with the plotly extension);</li>
 *   <li>{@code text/html}: a script that draws the chart with plotly.js, offline and without a CDN,
 *       in classic Notebook, JupyterLab, VS Code and the HTML that nbconvert writes. The first chart
 *       of a kernel carries the library (gzip, base64); its loader hides any AMD {@code define}
 *       (classic Notebook and VS Code have one, and plotly.js would register there instead of
 *       setting {@code window.Plotly}) and loads it once per page. Every other chart uses that copy,
 *       and waits for it when it comes further down the page;</li>
 *   <li>{@code text/plain}: one line for terminals and tests.</li>
 * </ul>
 * The chart is the same {@link Figure} the scripts write to a page ({@code workbook.report.Charts}),
 * read back from tablesaw's JavaScript into plain data; only its fixed width is dropped, so it fits the cell.
 */
public record Inline(Map<String, Object> mimeBundle) {
    public static final String PLOTLY_MIME = "application/vnd.plotly.v1+json";

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TRACE = Pattern.compile("var (trace\\d+)\\s*=");
    private static volatile String packedPlotly;      // plotly.js, gzip and base64: made once per JVM
    /** The title of the chart that carried plotly.js in this kernel's run of the notebook; null before the first. */
    private static String libraryWith;

    public Inline {
        mimeBundle = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mimeBundle));
    }

    /**
     * A chart: plotly JSON, HTML that draws it, and a line of text. The first chart a notebook run
     * shows carries plotly.js (packed, about 3 MB); later ones use that copy, so a notebook holds
     * the library once however many charts it draws. Reopened, a saved notebook draws every chart
     * from that copy; charts above it wait for it. The chart that carried it carries it again when
     * it is shown again (the same title: its cell run once more, whose new output replaces the old
     * one), and so does the first chart after {@link #newRun()}.
     */
    public static Inline chart(Figure figure) {
        Map<String, Object> spec = plotlySpec(figure);
        String name = name(spec);
        boolean withLibrary;
        synchronized (Inline.class) {
            withLibrary = libraryWith == null || libraryWith.equals(name);
            if (withLibrary) {
                libraryWith = name;
            }
        }
        return chart(spec, withLibrary);
    }

    /**
     * The notebook runs from its first cell again ({@code %load workbook.jsh} calls this): its first
     * chart carries plotly.js again, since the outputs that held it are being replaced.
     */
    public static void newRun() {
        synchronized (Inline.class) {
            libraryWith = null;
        }
    }

    /** A chart whose HTML carries plotly.js ({@code withLibrary}) or uses the copy already on the page. */
    static Inline chart(Figure figure, boolean withLibrary) {
        return chart(plotlySpec(figure), withLibrary);
    }

    private static Inline chart(Map<String, Object> spec, boolean withLibrary) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put(PLOTLY_MIME, spec);
        bundle.put("text/html", chartHtml(spec, withLibrary));
        bundle.put("text/plain", "Chart: " + name(spec));
        return new Inline(bundle);
    }

    private static String name(Map<String, Object> spec) {
        @SuppressWarnings("unchecked")
        Object title = ((Map<String, Object>) spec.get("layout")).get("title");
        return title instanceof Map<?, ?> t ? String.valueOf(t.get("text")) : "chart";
    }

    /** A table: an HTML table (numbers right-aligned, formatted as the table prints them) and its text. */
    public static Inline table(Table table) {
        StringBuilder html = new StringBuilder("<table class=\"workbook-table\">");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<caption style=\"caption-side:top;text-align:left;font-weight:bold\">")
                    .append(escape(table.name())).append("</caption>");
        }
        html.append("<thead><tr>");
        List<Boolean> numeric = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            boolean number = column instanceof tech.tablesaw.api.NumericColumn<?>;
            numeric.add(number);
            html.append(cell("th", column.name(), number));
        }
        html.append("</tr></thead><tbody>");
        for (int row = 0; row < table.rowCount(); row++) {
            html.append("<tr>");
            for (int col = 0; col < table.columnCount(); col++) {
                html.append(cell("td", table.getString(row, col), numeric.get(col)));
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/html", html.toString());
        bundle.put("text/plain", table.printAll());
        return new Inline(bundle);
    }

    /** The figure as plotly's JSON: {@code {"data": [...], "layout": {...}}}. */
    static Map<String, Object> plotlySpec(Figure figure) {
        String js = figure.asJavascript("chart");
        Map<String, Object> layout = objectAfter(js, "var layout =");
        layout.remove("width");                        // fit the notebook's cell; the height stays
        for (String axis : List.of("xaxis", "yaxis")) {     // room for long labels such as "platform thread per task"
            @SuppressWarnings("unchecked")
            Map<String, Object> settings = (Map<String, Object>) layout.computeIfAbsent(axis, a -> new LinkedHashMap<String, Object>());
            settings.putIfAbsent("automargin", true);
        }
        normalizeTitles(layout);
        List<Object> data = new ArrayList<>();
        Matcher trace = TRACE.matcher(js);
        while (trace.find()) {
            data.add(objectAfter(js, trace.group()));
        }
        if (data.isEmpty()) {
            throw new IllegalArgumentException("the figure has no traces to draw");
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("data", data);
        spec.put("layout", layout);
        return spec;
    }

    /** tablesaw writes JavaScript object literals (unquoted keys, single quotes): read the one after {@code marker}. */
    private static Map<String, Object> objectAfter(String js, String marker) {
        int at = js.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("tablesaw's chart script has no '" + marker + "'");
        }
        try (JsonParser parser = LENIENT.createParser(js.substring(js.indexOf('{', at)))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = parser.readValueAs(LinkedHashMap.class);
            return object;
        } catch (IOException e) {
            throw new IllegalArgumentException("could not read tablesaw's chart script after '" + marker + "': " + e.getMessage(), e);
        }
    }

    /** plotly.js 3 draws only {@code title: {text: ...}}; 2.x draws both forms. */
    @SuppressWarnings("unchecked")
    private static void normalizeTitles(Map<String, Object> object) {
        for (Map.Entry<String, Object> entry : object.entrySet()) {
            if (entry.getKey().equals("title") && entry.getValue() instanceof String text) {
                entry.setValue(new LinkedHashMap<>(Map.of("text", text)));
            } else if (entry.getValue() instanceof Map<?, ?> inner) {
                normalizeTitles((Map<String, Object>) inner);
            }
        }
    }

    private static String chartHtml(Map<String, Object> spec, boolean withLibrary) {
        String id = "workbook-chart-" + UUID.randomUUID();
        String specJson;
        try {
            specJson = JSON.writeValueAsString(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        @SuppressWarnings("unchecked")
        Object height = ((Map<String, Object>) spec.get("layout")).getOrDefault("height", 450);
        return """
                <div id="%s" style="width:100%%;min-height:%spx">\
                <p style="font-style:italic">The chart draws here when the page runs scripts: in Jupyter \
                (a notebook run outside Jupyter, e.g. by nbconvert, first needs <code>jupyter trust</code>), \
                VS Code or the notebook's HTML export. No network needed: plotly.js comes with the \
                notebook's first chart.</p></div>
                %s<script type="text/javascript">
                (function () {
                  var id = "%s";
                  var spec = %s;
                  var drawn = false;
                  function say(text) { var box = document.getElementById(id); if (box) { box.textContent = text; } }
                  function draw(Plotly) {
                    var box = document.getElementById(id);
                    if (!box || drawn) { return; }
                    drawn = true;
                    box.textContent = "";
                    Plotly.newPlot(box, spec.data, spec.layout, {responsive: true, displaylogo: false});
                  }
                  function fromLibrary() {
                    window.workbookPlotly.then(draw, function (error) { say("The chart could not be drawn: " + error.message); });
                  }
                  if (window.Plotly && window.Plotly.newPlot) {
                    draw(window.Plotly);
                  } else if (window.workbookPlotly) {
                    fromLibrary();
                  } else {
                    // plotly.js comes with an output further down, or one not shown yet: wait for it
                    (window.workbookPlotlyWaiting = window.workbookPlotlyWaiting || []).push(fromLibrary);
                    setTimeout(function () {
                      if (!drawn && !window.workbookPlotly) {
                        say("Waiting for plotly.js, which comes with the output of this notebook's first chart."
                            + " If this stays, run the notebook from the top (Kernel > Restart & Run All).");
                      }
                    }, 5000);
                  }
                })();
                </script>
                """.formatted(id, height, withLibrary ? libraryScript() : "", id, specJson.replace("<", "\\u003c"));
    }

    /**
     * The script that loads plotly.js once per page from the packed copy, as {@code window.workbookPlotly}
     * (a promise of the library), and then draws the charts that were waiting for it.
     */
    private static String libraryScript() {
        return """
                <script type="text/javascript">
                (function () {
                  if (window.workbookPlotly) { return; }     // the page has it already (a cell run again)
                  var packed = "%s";
                  function unpack(text) {
                    var raw = atob(text), bytes = new Uint8Array(raw.length);
                    for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
                    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
                    return new Response(stream).text();
                  }
                  function start(source) {
                    // With an AMD loader on the page (classic Notebook, VS Code) plotly.js would register
                    // there and leave window.Plotly unset: hide define, module and exports from it.
                    var script = document.createElement("script");
                    script.text = "(function (define, module, exports) {\\n" + source + "\\n}).call(window);";
                    document.head.appendChild(script);
                    document.head.removeChild(script);
                    if (!window.Plotly || !window.Plotly.newPlot) { throw new Error("plotly.js did not start"); }
                    return window.Plotly;
                  }
                  if (window.Plotly && window.Plotly.newPlot) {
                    window.workbookPlotly = Promise.resolve(window.Plotly);
                  } else if (typeof DecompressionStream === "undefined") {
                    window.workbookPlotly = Promise.reject(new Error(
                        "this browser cannot unpack plotly.js (it lacks DecompressionStream): open the notebook in a current browser."));
                  } else {
                    window.workbookPlotly = unpack(packed).then(start);
                  }
                  var waiting = window.workbookPlotlyWaiting || [];
                  window.workbookPlotlyWaiting = null;
                  waiting.forEach(function (then) { then(); });
                })();
                </script>
                """.formatted(packedPlotly());
    }

    /** plotly.js from the webjar (the same file the chart pages use), gzip-compressed and base64-encoded. */
    static String packedPlotly() {
        String packed = packedPlotly;
        if (packed == null) {
            synchronized (Inline.class) {
                packed = packedPlotly;
                if (packed == null) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream(3 << 20);
                    try (InputStream in = ChartPage.plotlyJs(); GZIPOutputStream gzip = new GZIPOutputStream(bytes) {
                        { def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION); }
                    }) {
                        in.transferTo(gzip);
                    } catch (IOException e) {
                        throw new UncheckedIOException("could not read plotly.js: " + e.getMessage(), e);
                    }
                    packed = Base64.getEncoder().encodeToString(bytes.toByteArray());
                    packedPlotly = packed;
                }
            }
        }
        return packed;
    }

    private static String cell(String tag, String text, boolean number) {
        String style = number ? " style=\"text-align:right\"" : " style=\"text-align:left\"";
        return "<" + tag + style + ">" + escape(text) + "</" + tag + ">";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
