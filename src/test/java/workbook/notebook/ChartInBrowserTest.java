package workbook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chart of notebook 03 in a real browser: the HTML that nbconvert writes, opened from disk in
 * headless Chromium with every host name unresolvable (no CDN, no network), must show plotly's
 * drawing with one bar per way. Once as nbconvert writes it, and once with an AMD loader on the
 * page, as classic Notebook and VS Code have: there plotly.js would register with the loader
 * instead of setting {@code window.Plotly}, unless the output's loader hides it. And once as the
 * chart's output, and a later chart's before it, inserted into a plain page the way JupyterLab
 * inserts outputs: the later chart has no plotly.js of its own and waits for the first one's.
 */
class ChartInBrowserTest {
    /** The smallest AMD loader: it takes every anonymous module and keeps it to itself, as RequireJS does. */
    private static final String AMD_LOADER = "<script>window.define = function (deps, factory) {"
            + " window.amdModules = (window.amdModules || 0) + 1; }; window.define.amd = {};</script>";

    @TempDir
    Path profile;

    @Test
    void theChartOfNotebook03DrawsOfflineInChromium() throws Exception {
        Path html = Jupyter.executed("03-perfect-numbers").html();
        String page = Files.readString(html);
        assertFalse(Pattern.compile("src=\"https?://[^\"]*plotly", Pattern.CASE_INSENSITIVE).matcher(page).find(),
                "the page loads plotly.js from the network");
        String dom = dumpDom(html, Jupyter.OUT.resolve("03-perfect-numbers-chart.png"));
        assertDrawn(dom);
    }

    @Test
    void theChartDrawsAlsoOnAPageWithAnAmdLoader() throws Exception {
        Path html = Jupyter.executed("03-perfect-numbers").html();
        String page = Files.readString(html);
        Path amd = Files.createDirectories(Jupyter.OUT.resolve("browser-test")).resolve("03-perfect-numbers-amd.html");
        Files.writeString(amd, page.replaceFirst("<head>", "<head>" + Matcher.quoteReplacement(AMD_LOADER)), StandardCharsets.UTF_8);
        assertDrawn(dumpDom(amd, null));
    }

    @Test
    void theChartsDrawWhenTheirOutputsAreInsertedTheWayJupyterLabInsertsOutputs() throws Exception {
        // JupyterLab has no AMD loader; it sets a trusted output's HTML with innerHTML, then
        // replaces each <script> by a fresh copy so that the browser runs it. A later chart of the
        // notebook (without plotly.js) is inserted first here: it must wait for the library that
        // comes with the notebook's first chart.
        Jupyter.Executed run = Jupyter.executed("03-perfect-numbers");
        String first = Jupyter.text(run.cell("Charts.bars(yours").outputs().get(0).get("data").get("text/html"));
        assertTrue(first.contains("var packed = "), "the notebook's first chart carries plotly.js");
        var later = workbook.report.Charts.lines(tech.tablesaw.api.Table.create("Speedup",
                tech.tablesaw.api.DoubleColumn.create("workers", 1, 2), tech.tablesaw.api.DoubleColumn.create("measured", 1, 1.8)),
                "workers", "speedup", "measured");
        String second = (String) Inline.chart(later, false).mimeBundle().get("text/html");
        String page = """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>outputs</title></head><body>
                <div id="later"></div><div id="first"></div>
                <script type="application/json" id="bundles">%s</script>
                <script>
                  var bundles = JSON.parse(document.getElementById("bundles").textContent);
                  ["later", "first"].forEach(function (name, i) {
                    var host = document.getElementById(name);
                    host.innerHTML = bundles[i];
                    host.querySelectorAll("script").forEach(function (old) {
                      var fresh = document.createElement("script");
                      fresh.text = old.textContent;
                      old.parentNode.replaceChild(fresh, old);
                    });
                  });
                </script></body></html>
                """.formatted(Jupyter.JSON.writeValueAsString(List.of(second, first)).replace("</", "<\\/"));
        Path lab = Files.createDirectories(Jupyter.OUT.resolve("browser-test")).resolve("03-perfect-numbers-outputs-only.html");
        Files.writeString(lab, page, StandardCharsets.UTF_8);
        String dom = dumpDom(lab, null);
        String firstChart = dom.substring(dom.indexOf("<div id=\"first\">"));
        assertDrawn(firstChart);
        String laterChart = dom.substring(dom.indexOf("<div id=\"later\">"), dom.indexOf("<div id=\"first\">"));
        assertTrue(laterChart.contains("class=\"main-svg\"") && laterChart.contains("class=\"js-line\""),
                "the later chart, inserted before the library, waited for it and drew its line");
    }

    private static void assertDrawn(String dom) {
        assertTrue(dom.contains("class=\"main-svg\""), "plotly drew no chart");
        assertFalse(dom.contains("<p style=\"font-style:italic\">The chart draws here"),
                "the placeholder text is still there: the chart's script did not run");
        Matcher chart = Pattern.compile("<div id=\"workbook-chart-[^\"]+\"[^>]*>(.*)", Pattern.DOTALL).matcher(dom);
        assertTrue(chart.find(), "no chart in the page");
        assertFalse(chart.group(1).startsWith("The chart could not be drawn") || chart.group(1).startsWith("This browser cannot"),
                "the chart's loader reported: " + chart.group(1).lines().findFirst().orElse(""));
        Matcher bars = Pattern.compile("<g class=\"point\"><path").matcher(chart.group());
        int count = 0;
        while (bars.find()) {
            count++;
        }
        assertEquals(5, count, "one bar per way measured (loop, platform, pool, virtual, stream)");
    }

    /** Opens the page in headless Chromium, lets its scripts run, returns the resulting DOM; optionally a screenshot. */
    private String dumpDom(Path html, Path screenshot) throws Exception {
        var browser = Jupyter.chromium();
        Jupyter.require(browser.isPresent(), "no Chromium or Chrome on the PATH for the chart test (on Debian: apt-get install chromium)");
        List<String> command = new ArrayList<>(List.of(browser.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile.resolve("chromium"),
                "--virtual-time-budget=30000"));
        if (screenshot != null) {
            Files.deleteIfExists(screenshot);
            List<String> shot = new ArrayList<>(command);
            shot.addAll(List.of("--window-size=1200,6000", "--hide-scrollbars", "--screenshot=" + screenshot, html.toUri().toString()));
            Jupyter.run(shot, 3);
            assertTrue(Files.size(screenshot) > 0, "no screenshot");
        }
        command.addAll(List.of("--dump-dom", html.toUri().toString()));
        Jupyter.Result result = Jupyter.run(command, 3);
        assertEquals(0, result.code(), "Chromium failed:\n" + Jupyter.tail(result.output()));
        return result.output();
    }
}
