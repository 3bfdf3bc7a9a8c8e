package workbook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * plotly.js once per notebook: an executed notebook with several charts (06b) carries one copy of the
 * library and stays under 4 MB, and every chart draws from that copy, in nbconvert's HTML and in
 * the classic Notebook (a real {@code jupyter notebook} server on 127.0.0.1, the saved notebook
 * reopened in headless Chromium). A notebook run outside Jupyter is untrusted there, and the
 * Notebook runs no script of an untrusted output: the chart's text says so, and after
 * {@code jupyter trust} every chart draws.
 */
class ChartsInClassicNotebookTest {
    private static final String NOTEBOOK = "06b-speedup-and-algorithms";
    private static final int CHARTS = 2;
    private static final long LIMIT = 4_000_000;

    @TempDir
    Path work;

    @Test
    void executedNotebooksWithChartsStayUnder4MbWithOneCopyOfPlotly() throws Exception {
        for (String name : List.of("03-perfect-numbers", NOTEBOOK)) {
            Jupyter.Executed run = Jupyter.executed(name);
            long size = Files.size(run.ipynb());
            System.out.printf("executed %s: %d bytes (HTML %d bytes)%n", name, size, Files.size(run.html()));
            assertTrue(size < LIMIT, name + " executed is " + size + " bytes");
            String text = Files.readString(run.ipynb());
            assertEquals(1, count(text, Pattern.quote(Inline.packedPlotly().substring(0, 400))), name + ": one copy of plotly.js");
            assertEquals(1, count(text, Pattern.quote("var packed = ")), name + ": one library loader");
        }
    }

    @Test
    void theThreeChartsOfNotebook06DrawInNbconvertsHtml() throws Exception {
        Path html = Jupyter.executed(NOTEBOOK).html();
        assertTrue(Files.size(html) < LIMIT, "the HTML is " + Files.size(html) + " bytes");
        assertChartsDrawn(dumpDom(html.toUri().toString(), "file"), CHARTS);
    }

    @Test
    void theChartsDrawInTheClassicNotebookOnceTheExecutedNotebookIsTrusted() throws Exception {
        Jupyter.Executed run = Jupyter.executed(NOTEBOOK);
        Path folder = Files.createDirectories(work.resolve("notebooks"));
        Path copy = Files.copy(run.ipynb(), folder.resolve(NOTEBOOK + ".ipynb"));
        Map<String, String> env = Map.of("JUPYTER_DATA_DIR", work.resolve("data").toString(),
                "JUPYTER_CONFIG_DIR", work.resolve("config").toString(),
                "JUPYTER_RUNTIME_DIR", work.resolve("runtime").toString(),
                "IPYTHONDIR", work.resolve("ipython").toString());
        String token = UUID.randomUUID().toString();
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        List<String> server = List.of("/usr/bin/python3", "-m", "notebook", "--no-browser", "--allow-root",
                "--ip=127.0.0.1", "--port=" + port, "--NotebookApp.port_retries=0", "--NotebookApp.token=" + token,
                "--NotebookApp.notebook_dir=" + folder,
                "--KernelSpecManager.allowed_kernelspecs=none");    // opening the notebook starts no kernel
        Jupyter.require(Files.isExecutable(Path.of("/usr/bin/python3"))
                        && Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/notebook")),
                "the classic Notebook is not installed (on Debian: apt-get install jupyter-notebook)");
        ProcessBuilder builder = new ProcessBuilder(server).redirectErrorStream(true)
                .redirectOutput(work.resolve("server.log").toFile());
        builder.environment().putAll(env);
        Process notebook = builder.start();
        try {
            String base = "http://127.0.0.1:" + port;
            awaitServer(notebook, base + "/api/status?token=" + token);
            String page = base + "/notebooks/" + NOTEBOOK + ".ipynb?token=" + token;

            String untrusted = dumpDom(page, "untrusted");
            assertTrue(untrusted.contains("The chart draws here when the page runs scripts"),
                    "an untrusted notebook shows the chart's text, which tells the reader to trust it");
            assertTrue(untrusted.contains("jupyter trust"), "the text names the command");
            assertFalse(untrusted.contains("plot-container"), "the Notebook runs no script of an untrusted output");

            List<String> trust = new ArrayList<>(List.of("/usr/bin/python3", "-m", "nbformat.sign", copy.toString()));
            var signer = new ProcessBuilder(trust).redirectErrorStream(true);
            signer.environment().putAll(env);
            Process sign = signer.start();
            String said = new String(sign.getInputStream().readAllBytes());
            assertEquals(0, sign.waitFor(), "jupyter trust failed: " + said);

            assertChartsDrawn(dumpDom(page, "trusted"), CHARTS);
        } finally {
            notebook.descendants().forEach(ProcessHandle::destroy);
            notebook.destroy();
            if (!notebook.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                notebook.descendants().forEach(ProcessHandle::destroyForcibly);
                notebook.destroyForcibly();
                notebook.waitFor();
            }
        }
    }

    private void awaitServer(Process notebook, String status) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < end) {
            if (!notebook.isAlive()) {
                break;
            }
            try {
                var answer = client.send(HttpRequest.newBuilder(URI.create(status)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the Notebook server did not start:\n" + Jupyter.tail(Files.readString(work.resolve("server.log"))));
    }

    /** Each chart's box holds a plotly drawing with its bars or lines, and no message from the loader. */
    private static void assertChartsDrawn(String dom, int charts) {
        Matcher box = Pattern.compile("<div id=\"workbook-chart-[^\"]+\"[^>]*>").matcher(dom);
        List<Integer> starts = new ArrayList<>();
        while (box.find()) {
            starts.add(box.end());
        }
        assertEquals(charts, starts.size(), "chart boxes on the page");
        for (int start : starts) {
            String inside = dom.substring(start, Math.min(dom.length(), start + 400));
            assertTrue(inside.startsWith("<div class=\"plot-container plotly\""),
                    "a chart is not drawn; its box holds: " + inside.lines().findFirst().orElse(""));
        }
        assertTrue(count(dom, "class=\"main-svg\"") >= charts, "plotly's svg for every chart");
        assertTrue(count(dom, "<g class=\"point\"><path") + count(dom, "class=\"js-line\"") >= charts, "bars or lines drawn");
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private String dumpDom(String url, String profile) throws Exception {
        var browser = Jupyter.chromium();
        Jupyter.require(browser.isPresent(), "no Chromium or Chrome on the PATH for the chart test (on Debian: apt-get install chromium)");
        List<String> command = List.of(browser.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--user-data-dir=" + work.resolve("chromium-" + profile),
                "--window-size=1200,4000", "--virtual-time-budget=60000", "--dump-dom", url);
        Jupyter.Result result = Jupyter.run(command, 4);
        assertEquals(0, result.code(), "Chromium failed:\n" + Jupyter.tail(result.output()));
        return result.output();
    }
}
