package workbook.processes;

/**
 * A parent for the signal tests: starts a long search over child JVMs and prints each child's
 * process id as soon as it runs, then waits to be stopped from outside.
 */
public final class ParentProgram {
    private ParentProgram() {}

    public static void main(String[] args) throws InterruptedException {
        SplitSearch.overChildJvms(Integer.parseInt(args[0]), Integer.parseInt(args[1]), child -> {
            System.out.println("child " + child.pid());
            System.out.flush();
        });
        System.out.println("done");
    }
}
