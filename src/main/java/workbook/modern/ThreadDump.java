package workbook.modern;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM's thread dump in JSON (the same as {@code jcmd <pid> Thread.dump_to_file -format=json}),
 * read back as a tree of thread containers: the root, and each structured task scope under the
 * scope or thread that owns it. A scope's subtasks are listed inside it, so the dump shows who
 * waits for whom.
 */
public final class ThreadDump {
    private ThreadDump() {}

    /** One container of the dump: its name, its parent's, its owner thread's id, its threads. */
    public record Container(String name, String parent, String owner, List<ThreadLine> threads) {}

    /** A thread of a container: id, name, state and the top frame of its stack outside the JDK. */
    public record ThreadLine(String tid, String name, String state, String frame) {}

    private static final Pattern FIELD = Pattern.compile("\"(container|parent|owner)\": (null|\"([^\"]*)\")");
    private static final Pattern THREAD = Pattern.compile(
            "\"tid\": \"(\\d+)\",\\s*\"time\": \"[^\"]*\",\\s*(?:\"virtual\": true,\\s*)?\"name\": \"([^\"]*)\",\\s*\"state\": \"(\\w+)\",\\s*\"stack\": \\[([^\\]]*)\\]");
    private static final Pattern FRAME = Pattern.compile("\"([^\"]*)\"");

    /** Dumps this JVM's threads to a file of its own and reads the containers back. */
    public static List<Container> now() throws IOException {
        Path dir = Files.createTempDirectory("thread-dump");
        Path file = dir.resolve("threads.json");
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
            return parse(Files.readString(file));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /** The containers of a JSON thread dump, in the dump's order. */
    public static List<Container> parse(String json) {
        List<Container> containers = new ArrayList<>();
        String[] chunks = json.replace("\\/", "/").split("\\{\\s*(?=\"container\":)");
        for (int i = 1; i < chunks.length; i++) {
            String chunk = chunks[i];
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher m = FIELD.matcher(chunk);
            while (m.find() && fields.size() < 3) {
                fields.putIfAbsent(m.group(1), m.group(3));
            }
            List<ThreadLine> threads = new ArrayList<>();
            Matcher t = THREAD.matcher(chunk);
            while (t.find()) {
                threads.add(new ThreadLine(t.group(1), t.group(2), t.group(3), topFrame(t.group(4))));
            }
            containers.add(new Container(fields.get("container"), fields.get("parent"), fields.get("owner"), threads));
        }
        return containers;
    }

    private static String topFrame(String stack) {
        Matcher f = FRAME.matcher(stack);
        String first = "";
        while (f.find()) {
            String frame = f.group(1);
            if (first.isEmpty()) {
                first = frame;
            }
            if (!frame.matches("(java|jdk)\\.[\\w.]+/.*")) {
                return frame;                                  // the reader's own code
            }
        }
        return first;
    }

    /**
     * The dump drawn as a tree: the scopes (containers owned by a thread) under their parents,
     * each with its owner and its threads. Pools and the JVM's own threads are left out.
     */
    public static List<String> scopeTree(List<Container> containers) {
        List<String> lines = new ArrayList<>();
        Map<String, ThreadLine> byTid = new LinkedHashMap<>();
        containers.forEach(c -> c.threads().forEach(t -> byTid.put(t.tid(), t)));
        for (Container c : containers) {
            if (c.parent() == null) {
                lines.add(label(c.name()) + " (the JVM's own threads and main: " + c.threads().size() + ")");
                addChildren(c.name(), containers, byTid, lines, 1);
            } else if (c.owner() == null) {
                // a pool or executor: scopes opened by its threads hang here, not under the root
                boolean holdsScopes = containers.stream().anyMatch(s -> c.name().equals(s.parent()) && s.owner() != null);
                if (holdsScopes) {
                    lines.add("  " + label(c.name()) + " (a pool, not a scope: " + c.threads().size() + " threads)");
                    addChildren(c.name(), containers, byTid, lines, 2);
                }
            }
        }
        return lines;
    }

    private static void addChildren(String parent, List<Container> containers, Map<String, ThreadLine> byTid,
            List<String> lines, int depth) {
        String indent = "  ".repeat(depth);
        for (Container c : containers) {
            if (parent.equals(c.parent()) && c.owner() != null) {
                ThreadLine owner = byTid.get(c.owner());
                String ownerName = owner == null || owner.name().isEmpty() ? "" : " " + owner.name();
                lines.add(indent + "scope " + label(c.name()) + ", owned by thread #" + c.owner() + ownerName
                        + ", subtask threads: " + c.threads().size());
                for (ThreadLine t : c.threads()) {
                    lines.add(indent + "  thread #" + t.tid() + " " + t.state() + " at " + t.frame());
                }
                addChildren(c.name(), containers, byTid, lines, depth + 1);
            }
        }
    }

    /** A container's name without the JDK's class name and identity hash. */
    static String label(String name) {
        int slash = name.indexOf('/');
        String shown = slash > 0 ? name.substring(0, slash) : name;
        return shown.replaceAll("@[0-9a-f]+", "");
    }
}
