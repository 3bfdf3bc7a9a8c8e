// The first cell of every notebook runs this file: %load workbook.jsh
// It puts the workbook's classes and libraries on the kernel's class path (built by
// `./jbang install-kernel` or `mvn compile`), imports what the notebooks use, and defines
// show(...) for tables and charts. It works on any IJava kernel, also one installed without
// the workbook's class path.
import java.nio.file.*;
import java.time.*;
import java.util.concurrent.atomic.*;
import java.util.function.*;
import java.util.stream.*;

// a method, not a variable: JShell resets variables whose snippets the imports below recompile
Path workbookRoot() {
    return Stream.iterate(Path.of("").toAbsolutePath(), p -> p != null, Path::getParent)
            .filter(p -> Files.isRegularFile(p.resolve("notebooks/workbook.jsh")) && Files.isRegularFile(p.resolve("pom.xml")))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("Open the notebooks from the workbook's notebooks/ folder."));
}

if (!Files.isDirectory(workbookRoot().resolve("target/classes/workbook/notebook"))
        || !Files.isDirectory(workbookRoot().resolve("target/notebook-lib"))) {
    throw new IllegalStateException("The workbook is not built yet: run ./jbang install-kernel (or mvn compile) in "
            + workbookRoot() + ", then restart the kernel.");
}

lineMagic("classpath", List.of(workbookRoot().resolve("target/classes").toString()));
lineMagic("jars", List.of(workbookRoot().resolve("target/notebook-lib").toString() + "/*.jar"));

import tech.tablesaw.api.*;
import workbook.notebook.*;
import workbook.perfect.*;
import workbook.report.*;
import workbook.sleepy.*;
import workbook.timing.*;
import workbook.ways.*;

/** Shows a tablesaw Table, a chart (a tablesaw Figure) or anything else below the cell. */
void show(Object value) {
    Inline inline = switch (value) {
        case Inline shown -> shown;
        case Table table -> Inline.table(table);
        case tech.tablesaw.plotly.components.Figure figure -> Inline.chart(figure);
        default -> null;
    };
    if (inline == null) {
        display(value);
        return;
    }
    var output = new io.github.spencerpark.jupyter.kernel.display.DisplayData();
    inline.mimeBundle().forEach(output::putData);
    getKernelInstance().display(output);
}

// the notebook runs from the top again: its first chart carries plotly.js for all the others
Inline.newRun();

System.out.println(Setup.ready(workbookRoot()));
