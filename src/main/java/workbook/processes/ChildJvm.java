package workbook.processes;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Starts a class of this program in a new JVM: the same {@code java} binary, the same class path,
 * another main class. The JVM that starts children also ends them: each child is remembered until
 * it exits, and a shutdown hook (run on a normal exit, Ctrl-C/SIGINT and SIGTERM) destroys every
 * child still running. Only SIGKILL skips the hook; then each child notices its parent's pipe
 * closing (see {@link SearchChild}).
 */
public final class ChildJvm {
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    private static volatile boolean shuttingDown;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shuttingDown = true;
            stopAll();
        }, "stop-child-jvms"));
    }

    private ChildJvm() {}

    /** The command line: this JVM's {@code java}, {@code -cp} this class path, then the main class and its arguments. */
    public static List<String> command(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.add("-cp");
        command.add(classPath(mainClass));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Starts {@code mainClass} in a child JVM. Its standard output and error come back through one
     * pipe ({@link Process#getInputStream()}); its standard input stays open while this JVM lives.
     */
    public static Process start(Class<?> mainClass, String... args) {
        ProcessBuilder builder = new ProcessBuilder(command(mainClass, args)).redirectErrorStream(true);
        try {
            Process process = builder.start();
            RUNNING.add(process);
            process.onExit().thenRun(() -> RUNNING.remove(process));
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a child JVM: " + e.getMessage(), e);
        }
    }

    /** Ends a child: asks politely (SIGTERM), forces it after 5 seconds, and waits until it is gone. */
    public static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (!process.waitFor(5, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                        process.waitFor();
                    }
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;                     // keep waiting: a child must not outlive the call
                }
            }
        } finally {
            RUNNING.remove(process);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Ends every child this JVM started that is still running. */
    public static void stopAll() {
        List.copyOf(RUNNING).forEach(ChildJvm::stop);
    }

    /** True once this JVM is shutting down (Ctrl-C, SIGTERM, System.exit) and its children are being stopped. */
    public static boolean shuttingDown() {
        return shuttingDown;
    }

    /** The children started here and still running. */
    public static List<ProcessHandle> running() {
        return RUNNING.stream().filter(Process::isAlive).map(Process::toHandle).toList();
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * This JVM's class path; when the main class was loaded from elsewhere (a notebook adds jars
     * at run time), its folder or jar is added, so the child finds it.
     */
    private static String classPath(Class<?> mainClass) {
        String classPath = System.getProperty("java.class.path", "");
        try {
            var source = mainClass.getProtectionDomain().getCodeSource();
            if (source != null) {
                String location = Path.of(source.getLocation().toURI()).toString();
                if (!List.of(classPath.split(File.pathSeparator)).contains(location)) {
                    classPath = classPath.isEmpty() ? location : location + File.pathSeparator + classPath;
                }
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            // keep the class path as it is
        }
        return classPath;
    }
}
