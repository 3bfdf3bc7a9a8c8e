package workbook.spark;

import java.io.Serializable;
import workbook.ways.Task;

/**
 * A task Spark can ship: Spark sends the function itself, serialized, to executors that may sit
 * in other JVMs on other machines. A lambda or method reference is serializable only when its
 * target type is, so {@code ShippableTask<Integer, Boolean> isPerfect = PerfectNumbers::isPerfect}
 * can be shipped where a plain {@link Task} cannot.
 */
@FunctionalInterface
public interface ShippableTask<T, R> extends Task<T, R>, Serializable {}
