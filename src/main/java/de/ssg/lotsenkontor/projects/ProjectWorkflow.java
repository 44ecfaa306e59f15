package de.ssg.lotsenkontor.projects;

/**
 * The status workflow IDEE → GEPLANT → IN_UMSETZUNG → ABGESCHLOSSEN, with ABGEBROCHEN from any
 * open state. A jump forward that skips a step needs confirmation; going back, and leaving a
 * finished or aborted project, are not possible.
 */
public final class ProjectWorkflow {

    private ProjectWorkflow() {
    }

    /** What a change from {@code from} to {@code to} is. */
    public enum Move {
        NEXT_STEP, SKIPS_STEPS, ABORT, NOT_ALLOWED
    }

    public static Move move(ProjectStatus from, ProjectStatus to) {
        if (from == null || to == null || from == to || isFinal(from)) {
            return Move.NOT_ALLOWED;
        }
        if (to == ProjectStatus.ABGEBROCHEN) {
            return Move.ABORT;
        }
        int gap = to.ordinal() - from.ordinal();
        if (gap == 1) {
            return Move.NEXT_STEP;
        }
        return gap > 1 ? Move.SKIPS_STEPS : Move.NOT_ALLOWED;
    }

    public static boolean isFinal(ProjectStatus status) {
        return status == ProjectStatus.ABGESCHLOSSEN || status == ProjectStatus.ABGEBROCHEN;
    }

    /** The next regular step, or null for a finished or aborted project. */
    public static ProjectStatus next(ProjectStatus status) {
        return switch (status) {
            case IDEE -> ProjectStatus.GEPLANT;
            case GEPLANT -> ProjectStatus.IN_UMSETZUNG;
            case IN_UMSETZUNG -> ProjectStatus.ABGESCHLOSSEN;
            default -> null;
        };
    }

    /** The steps a jump from {@code from} to {@code to} skips, e.g. GEPLANT for IDEE → IN_UMSETZUNG. */
    public static java.util.List<ProjectStatus> skipped(ProjectStatus from, ProjectStatus to) {
        java.util.List<ProjectStatus> out = new java.util.ArrayList<>();
        for (ProjectStatus s : ProjectStatus.values()) {
            if (s != ProjectStatus.ABGEBROCHEN && s.ordinal() > from.ordinal() && s.ordinal() < to.ordinal()) {
                out.add(s);
            }
        }
        return out;
    }
}
