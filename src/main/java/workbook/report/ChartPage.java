package workbook.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Page;

/**
 * A chart as an HTML page that opens offline in any browser: plotly.js is copied next to the
 * page from the plotly.js webjar (no CDN). Each file is written whole or not at all: it is
 * written beside its target under a temporary name, then moved into place, with the user's
 * usual permissions (those the umask leaves).
 */
public final class ChartPage {
    public static final String PLOTLY_VERSION = "2.35.3";
    public static final String PLOTLY_FILE = "plotly-" + PLOTLY_VERSION + ".js";
    private static final String PLOTLY_RESOURCE =
            "/META-INF/resources/webjars/plotly.js-dist/" + PLOTLY_VERSION + "/plotly.js";

    private ChartPage() {}

    /**
     * The {@code --out} option of every script that writes a chart:
     * {@code @Option(names = "--out", converter = ChartPage.Out.class, ...)}. picocli checks the
     * page (also the default) while it parses the command line, before any work: a bad one
     * gives one line, a usage hint and exit code 2.
     */
    public static final class Out implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            try {
                return check(Path.of(value));
            } catch (IllegalArgumentException e) {      // also InvalidPathException
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /**
     * Checks that a chart page can be written to {@code page}, writing nothing: an .html file that
     * is not a folder nor plotly.js's own name, in a folder that exists or can be made, and where
     * this user may create files. Returns {@code page}; throws IllegalArgumentException saying what
     * is wrong.
     */
    public static Path check(Path page) {
        Path target = page.toAbsolutePath().normalize();
        Path name = target.getFileName();
        if (name == null) {
            throw new IllegalArgumentException(page + " is the root folder, not a file: give a page such as charts/chart.html");
        }
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException(page + " is a folder: give the page's file name, such as "
                    + page.resolve("chart.html"));
        }
        if (name.toString().equals(PLOTLY_FILE)) {
            throw new IllegalArgumentException(page + " is the name of the plotly.js file written beside the page: choose another name");
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".html") && !lower.endsWith(".htm")) {
            throw new IllegalArgumentException(page + " does not end in .html: a chart page is an HTML file");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new IllegalArgumentException(page + " exists and is not a regular file");
        }
        Path folder = target.getParent();
        Path plotly = folder.resolve(PLOTLY_FILE);
        if (Files.exists(plotly) && !Files.isRegularFile(plotly)) {
            throw new IllegalArgumentException(plotly + " exists and is not a regular file: the page needs plotly.js there");
        }
        Path existing = folder;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        Path here = Path.of("").toAbsolutePath();
        Path shown = page.isAbsolute() || !existing.startsWith(here) ? existing
                : existing.equals(here) ? Path.of(".") : here.relativize(existing);
        if (!Files.isDirectory(existing)) {
            throw new IllegalArgumentException(shown + " is a file, not a folder: " + page + " cannot be written under it");
        }
        // the only sure test that this user may create files there: create one, and remove it
        Path probe = existing.resolve(".chart-page-check-" + UUID.randomUUID() + ".part");
        try {
            Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        } catch (IOException | SecurityException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "the folder takes no new files" : reason(e);
            throw new IllegalArgumentException("cannot create files in " + shown + " (" + why + ")");
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // nothing was created
            }
        }
        return page;
    }

    /** Writes {@code figure} to {@code page} (an .html file) with plotly.js beside it; returns the page's path. */
    public static Path write(Figure figure, Path page) {
        check(page);
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
            throw new UncheckedIOException("could not write the chart page " + target + ": " + reason(e), e);
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
        // not Files.createTempFile: that makes the file readable by its owner alone (0600)
        Path partial = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Why a file operation failed, in words (Java names the path alone for some failures). */
    private static String reason(Exception e) {
        return switch (e) {
            case java.nio.file.AccessDeniedException denied -> "permission denied";
            case java.nio.file.NoSuchFileException missing -> "no such file or folder";
            case java.nio.file.FileSystemException fs when fs.getReason() != null -> fs.getReason();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
