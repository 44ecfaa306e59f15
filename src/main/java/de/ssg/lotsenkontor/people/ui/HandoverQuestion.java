package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.people.CoachHandover;
import de.ssg.lotsenkontor.people.CoachOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The dialog port "what becomes of the navigators?" when a coach with running assignments is
 * deactivated: end the assignments, or hand them to another active coach from a day after the
 * last one. The view answers it with {@link HandoverDialog}; tests answer it themselves.
 */
@FunctionalInterface
public interface HandoverQuestion {

    /** The answer: {@code handover} null ends the assignments, the navigators stay without a coach. */
    record Answer(CoachHandover handover) {

        public static final Answer END = new Answer(null);
    }

    /** Ends the assignments without asking (what the form did before the question existed). */
    HandoverQuestion END_ASSIGNMENTS = (coach, navigators, lastDay, candidates) -> Optional.of(Answer.END);

    /**
     * @param coach      the leaving coach's name
     * @param navigators how many navigators they coach now
     * @param lastDay    their last active day
     * @param candidates other active coaches with free capacity, to hand over to
     * @return the answer, or empty when the user cancels (then nothing is deactivated)
     */
    Optional<Answer> ask(String coach, int navigators, LocalDate lastDay, List<CoachOption> candidates);
}
