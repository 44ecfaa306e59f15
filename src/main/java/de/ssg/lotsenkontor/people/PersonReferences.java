package de.ssg.lotsenkontor.people;

import java.util.List;
import org.hibernate.Session;

/**
 * The port through which {@code people} asks the features built on it what they keep about a
 * coach before it deletes one, so that deleting never changes their tables (a receipt would
 * otherwise lose its coach silently). It is called inside the deleting transaction; what it
 * names ("2 verknüpfte Ausgaben") refuses the deletion. {@code AppContext} wires the funding
 * feature.
 */
@FunctionalInterface
public interface PersonReferences {

    /** Nobody keeps anything (e.g. in tests of the people feature alone). */
    PersonReferences NONE = (session, coachId) -> List.of();

    /** What refers to coach {@code coachId}, each as a short German phrase; empty when nothing does. */
    List<String> ofCoach(Session session, long coachId);
}
