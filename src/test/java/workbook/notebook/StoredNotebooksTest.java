package workbook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notebooks as committed: clean, on the kernel {@code java}, opening with the setup line, all in the index. No Jupyter needed. */
class StoredNotebooksTest {
    private static final String CLEAN = "clear it with: jupyter nbconvert --clear-output --inplace notebooks/";

    @Test
    void everyNotebookIsStoredWithoutOutputsOrExecutionCounts() throws Exception {
        for (Path notebook : Jupyter.notebooks()) {
            String name = notebook.getFileName().toString();
            for (JsonNode cell : Jupyter.read(notebook).get("cells")) {
                if (cell.get("cell_type").asText().equals("code")) {
                    String where = name + ", cell " + Jupyter.text(cell.get("source")).lines().findFirst().orElse("");
                    assertEquals(0, cell.get("outputs").size(), where + " is stored with outputs; " + CLEAN + name);
                    assertTrue(cell.get("execution_count").isNull(), where + " is stored with an execution count; " + CLEAN + name);
                }
            }
        }
    }

    @Test
    void everyNotebookRunsOnTheJavaKernelAndStartsWithTheSetupLine() throws Exception {
        for (Path notebook : Jupyter.notebooks()) {
            JsonNode nb = Jupyter.read(notebook);
            String name = notebook.getFileName().toString();
            assertEquals(4, nb.get("nbformat").asInt(), name);
            assertEquals("java", nb.at("/metadata/kernelspec/name").asText(), name + ": kernelspec");
            JsonNode first = null;
            for (JsonNode cell : nb.get("cells")) {
                if (cell.get("cell_type").asText().equals("code")) {
                    first = cell;
                    break;
                }
            }
            assertTrue(first != null, name + " has no code cell");
            assertEquals(NotebooksTest.SETUP, Jupyter.text(first.get("source")).strip(), name + ": the first code cell");
        }
    }

    @Test
    void theIndexLinksEveryOtherNotebook() throws Exception {
        StringBuilder index = new StringBuilder();
        for (JsonNode cell : Jupyter.read(Jupyter.NOTEBOOKS.resolve("00-index.ipynb")).get("cells")) {
            index.append(Jupyter.text(cell.get("source")));
        }
        List<String> missing = new ArrayList<>();
        for (Path notebook : Jupyter.notebooks()) {
            String name = notebook.getFileName().toString();
            if (!name.equals("00-index.ipynb") && !index.toString().contains("(" + name + ")")) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "notebooks the index (00-index.ipynb) does not link");
    }

    @Test
    void theSetupFileTheFirstLineLoadsIsThere() {
        assertTrue(Files.isRegularFile(Jupyter.NOTEBOOKS.resolve("workbook.jsh")));
    }
}
