package workbook.modern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON thread dump read back as a tree of scopes (the dump's format as JDK 25 writes it). */
class ThreadDumpTest {
    static final String DUMP = """
            {
              "threadDump": {
                "processId": "1",
                "time": "2026-01-01T00:00:00Z",
                "runtimeVersion": "25",
                "threadContainers": [
                  {
                    "container": "<root>",
                    "parent": null,
                    "owner": null,
                    "threads": [
                      {
                        "tid": "3",
                        "time": "2026-01-01T00:00:00Z",
                        "name": "main",
                        "state": "WAITING",
                        "stack": [
                          "java.base\\/java.lang.Object.wait0(Native Method)",
                          "Demo.main(Demo.java:9)"
                        ]
                      }
                    ],
                    "threadCount": "1"
                  },
                  {
                    "container": "ForkJoinPool-1\\/jdk.internal.vm.SharedThreadContainer@12edcd21",
                    "parent": "<root>",
                    "owner": null,
                    "threads": [],
                    "threadCount": "0"
                  },
                  {
                    "container": "outer\\/jdk.internal.misc.ThreadFlock$ThreadContainerImpl@27973e9b",
                    "parent": "<root>",
                    "owner": "3",
                    "threads": [
                      {
                        "tid": "22",
                        "time": "2026-01-01T00:00:00Z",
                        "virtual": true,
                        "name": "",
                        "state": "TIMED_WAITING",
                        "stack": [
                          "java.base\\/java.lang.Thread.sleep(Thread.java:540)",
                          "Demo.lambda$main$3(Demo.java:11)"
                        ]
                      }
                    ],
                    "threadCount": "1"
                  }
                ]
              }
            }
            """;

    @Test
    void scopesHangUnderTheirParentsWithOwnerAndThreads() {
        List<String> tree = ThreadDump.scopeTree(ThreadDump.parse(DUMP));
        assertEquals(List.of(
                "<root> (the JVM's own threads and main: 1)",
                "  scope outer, owned by thread #3 main, subtask threads: 1",
                "    thread #22 TIMED_WAITING at Demo.lambda$main$3(Demo.java:11)"), tree);
    }

    @Test
    void aLiveDumpHoldsTheRootAndThisThread() throws Exception {
        var containers = ThreadDump.now();
        assertEquals("<root>", containers.getFirst().name());
        String me = Long.toString(Thread.currentThread().threadId());
        assertTrue(containers.stream().anyMatch(c -> c.threads().stream().anyMatch(t -> t.tid().equals(me))), containers.toString());
    }
}
