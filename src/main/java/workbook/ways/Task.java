package workbook.ways;

/** One task of a map: turns an input into a result, and may throw (sleeping does). */
@FunctionalInterface
public interface Task<T, R> {
    R apply(T input) throws Exception;
}
