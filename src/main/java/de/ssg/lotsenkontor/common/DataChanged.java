package de.ssg.lotsenkontor.common;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The "data changed" signal: whoever wrote something (an import, demo data, a form) says which
 * kind of data changed, and every area that shows it reads again. Listeners are called on the
 * thread that publishes (in the app: the JavaFX thread). Needs no toolkit.
 */
public final class DataChanged {

    /** Kinds of data; an area listens to the kinds it shows. */
    public enum Topic {
        MUNICIPALITIES, PEOPLE, COACHING, EVENTS, PROJECTS, FUNDING
    }

    /** Every kind of data, e.g. after demo data was created. */
    public static final Set<Topic> EVERYTHING = Set.of(Topic.values());

    private record Listener(Set<Topic> topics, Consumer<Set<Topic>> action) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Calls {@code action} whenever data of one of {@code topics} changed. */
    public void subscribe(Set<Topic> topics, Consumer<Set<Topic>> action) {
        listeners.add(new Listener(Set.copyOf(topics), action));
    }

    /** Tells every listener of one of {@code changed} that it changed. */
    public void publish(Set<Topic> changed) {
        for (Listener l : listeners) {
            if (l.topics().stream().anyMatch(changed::contains)) {
                l.action().accept(changed);
            }
        }
    }

    public void publish(Topic changed) {
        publish(Set.of(changed));
    }
}
