package de.ssg.lotsenkontor.events;

import java.util.List;
import org.hibernate.Session;

/**
 * The port through which {@code events} asks the features built on it what they keep about an
 * event before it deletes one, so that deleting never changes their tables (a receipt would
 * otherwise lose its event silently). It is called inside the deleting transaction; what it
 * names ("2 verknüpfte Ausgaben") refuses the deletion. {@code AppContext} wires the funding
 * feature.
 */
@FunctionalInterface
public interface EventReferences {

    /** Nobody keeps anything (e.g. in tests of the events feature alone). */
    EventReferences NONE = (session, eventId) -> List.of();

    /** What refers to event {@code eventId}, each as a short German phrase; empty when nothing does. */
    List<String> ofEvent(Session session, long eventId);
}
