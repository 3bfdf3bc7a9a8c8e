package workbook.ways;

/** A task threw: names the input it failed on and carries the task's own exception as cause. */
public final class TaskFailedException extends RuntimeException {
    private final transient Object input;

    public TaskFailedException(Object input, Throwable cause) {
        super("task failed for input " + input + ": " + cause, cause);
        this.input = input;
    }

    public Object input() {
        return input;
    }
}
