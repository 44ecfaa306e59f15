package de.ssg.lotsenkontor.common;

import java.util.List;

/** Input broke one or more rules; each {@link Violation} names the field and the reason. */
public class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super("common.validation.failed", joined(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Throws if there is anything in {@code violations}. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private static String joined(List<Violation> violations) {
        StringBuilder text = new StringBuilder();
        for (Violation v : violations) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(v.message());
        }
        return text.toString();
    }
}
