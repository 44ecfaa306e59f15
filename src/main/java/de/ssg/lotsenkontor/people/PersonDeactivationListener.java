package de.ssg.lotsenkontor.people;

import java.time.LocalDate;
import org.hibernate.Session;

/**
 * The port through which {@code people} tells whoever builds on it that a person leaves the
 * programme: a coach's "active until" or a navigator's end date was set. It is called inside the
 * transaction of the deactivation, with its session, so that what listeners change is saved
 * together with the deactivation or not at all; a listener refuses by throwing a
 * {@link de.ssg.lotsenkontor.common.DomainException}. {@code AppContext} wires the coaching
 * feature, which ends the running assignments.
 */
public interface PersonDeactivationListener {

    /** Nobody listens (e.g. in tests of the people feature alone). */
    PersonDeactivationListener NONE = new PersonDeactivationListener() {
        @Override
        public void coachLeaves(Session session, long coachId, LocalDate lastDay) {
        }

        @Override
        public void navigatorLeaves(Session session, long navigatorId, LocalDate lastDay) {
        }
    };

    /** Coach {@code coachId} coaches until {@code lastDay} and no longer afterwards. */
    void coachLeaves(Session session, long coachId, LocalDate lastDay);

    /**
     * Coach {@code coachId} coaches until {@code lastDay}; their navigators go to another coach as
     * {@code handover} says, or stay without a coach when it is null. Same transaction.
     */
    default void coachLeaves(Session session, long coachId, LocalDate lastDay, CoachHandover handover) {
        coachLeaves(session, coachId, lastDay);
    }

    /** Navigator {@code navigatorId} works until {@code lastDay} and no longer afterwards. */
    void navigatorLeaves(Session session, long navigatorId, LocalDate lastDay);
}
