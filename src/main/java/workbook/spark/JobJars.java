package workbook.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The jars a cluster's executors need to run the driver's functions: where the job's classes
 * were loaded from. Under JBang that is the script's compiled jar, shipped as it is. Under Maven
 * (tests) or an IDE the classes lie in a folder such as {@code target/classes}: it is packed
 * into a jar in a temporary folder, deleted when this JVM ends.
 */
final class JobJars {
    private JobJars() {}

    /** A jar (as a path) for the code source of each class, without repeats; JDK classes need none. */
    static List<String> of(Class<?>... classes) {
        Set<String> jars = new LinkedHashSet<>();
        for (Class<?> type : classes) {
            var source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                continue;
            }
            Path location;
            try {
                location = Path.of(source.getLocation().toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IllegalStateException("cannot ship " + type.getName() + " from " + source.getLocation(), e);
            }
            jars.add((Files.isDirectory(location) ? packed(location) : location).toString());
        }
        return List.copyOf(jars);
    }

    /** Packs the class folder {@code classes} into a jar of its own. */
    static Path packed(Path classes) {
        try {
            Path folder = Files.createTempDirectory("workbook-spark-jar");
            Path jar = folder.resolve(classes.getParent().getFileName() + "-" + classes.getFileName() + ".jar");
            try (OutputStream file = Files.newOutputStream(jar);
                 JarOutputStream out = new JarOutputStream(file);
                 Stream<Path> files = Files.walk(classes)) {
                for (Path path : (Iterable<Path>) files.sorted()::iterator) {
                    if (Files.isRegularFile(path)) {
                        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                        Files.copy(path, out);
                        out.closeEntry();
                    }
                }
            }
            folder.toFile().deleteOnExit();           // registered first, deleted last: after the jar
            jar.toFile().deleteOnExit();
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack " + classes + " into a jar: " + e.getMessage(), e);
        }
    }
}
