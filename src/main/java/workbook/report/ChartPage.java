package workbook.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Page;

/**
 * A chart as an HTML page that opens offline in any browser: plotly.js is copied next to the
 * page from the plotly.js webjar (no CDN). Each file is written whole or not at all: it is
 * written beside its target under a temporary name, then moved into place.
 */
public final class ChartPage {
    public static final String PLOTLY_VERSION = "2.35.3";
    public static final String PLOTLY_FILE = "plotly-" + PLOTLY_VERSION + ".js";
    private static final String PLOTLY_RESOURCE =
            "/META-INF/resources/webjars/plotly.js-dist/" + PLOTLY_VERSION + "/plotly.js";

    private ChartPage() {}

    /** Writes {@code figure} to {@code page} (an .html file) with plotly.js beside it; returns the page's path. */
    public static Path write(Figure figure, Path page) {
        Path target = page.toAbsolutePath().normalize();
        try {
            Path folder = target.getParent();
            Files.createDirectories(folder);
            Path plotly = folder.resolve(PLOTLY_FILE);
            if (!Files.isRegularFile(plotly)) {
                try (InputStream in = plotlyJs()) {
                    writeWhole(plotly, in.readAllBytes());
                }
            }
            String html = Page.pageBuilder(figure, "chart").plotlyJsLocation(PLOTLY_FILE).build().asJavascript();
            writeWhole(target, html.getBytes(StandardCharsets.UTF_8));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the chart page " + target + ": " + e.getMessage(), e);
        }
    }

    /** The plotly.js library, from the webjar on the class path. */
    public static InputStream plotlyJs() {
        InputStream in = ChartPage.class.getResourceAsStream(PLOTLY_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("plotly.js " + PLOTLY_VERSION
                    + " is not on the class path (org.webjars.npm:plotly.js-dist:" + PLOTLY_VERSION + ")");
        }
        return in;
    }

    private static void writeWhole(Path target, byte[] bytes) throws IOException {
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
