package de.ssg.lotsenkontor.coaching;

import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.people.CoachState;
import java.util.List;
import java.util.Optional;

/**
 * Which coaches may be assigned to a navigator, and which one to propose: a coach who has not
 * left, with the navigator's district as focus and room left, other than the current one. The
 * user decides; the proposal only saves a click.
 */
public final class CoachSuggestion {

    private CoachSuggestion() {
    }

    /** The coaches that can take a navigator: everyone who has not left, in the given order. */
    public static List<CoachOption> assignable(List<CoachOption> coaches) {
        return coaches.stream().filter(o -> o.state() != CoachState.AUSGESCHIEDEN).toList();
    }

    /**
     * @param districtKey    the district of the navigator's municipality
     * @param currentCoachId who coaches the navigator now, or null
     */
    public static Optional<CoachOption> propose(List<CoachOption> assignable, String districtKey, Long currentCoachId) {
        return assignable.stream().filter(o -> o.focusesOn(districtKey) && !o.full())
                .filter(o -> currentCoachId == null || o.id() != currentCoachId)
                .findFirst();
    }
}
