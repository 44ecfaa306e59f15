package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what is wrong with a form's typed input: first what cannot even be read (a date, a
 * number), then the service's own rules, without reporting an unreadable field a second time as
 * missing. Used once per validation.
 */
public final class InputCheck {

    private static final String REQUIRED = "common.validation.required";

    private final List<Violation> found = new ArrayList<>();
    private final Set<String> unreadable = new HashSet<>();

    /** Reports {@code fieldKey} as unreadable for {@code reasonKey}. */
    public void unreadable(String fieldKey, String reasonKey) {
        found.add(new Violation(fieldKey, reasonKey));
        unreadable.add(fieldKey);
    }

    /** Reports {@code fieldKey} when {@code text} is typed but is no date. */
    public void date(String text, String fieldKey) {
        if (!Checks.isBlank(text) && Formats.parseDate(text).isEmpty()) {
            unreadable(fieldKey, "common.validation.date");
        }
    }

    /** What was found, followed by {@code rules} except "required" for a field already reported as unreadable. */
    public List<Violation> andRules(List<Violation> rules) {
        for (Violation v : rules) {
            if (!unreadable.contains(v.fieldKey()) || !v.reasonKey().equals(REQUIRED)) {
                found.add(v);
            }
        }
        return found;
    }
}
