package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.people.NavigatorDetails;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * An extension point of the navigator form: a feature built on {@code people} (coaching: "Lotse
 * zuweisen") adds its controls to the coaching section without {@code people} knowing it.
 * Declared here, implemented by that feature's ui, wired in the app.
 */
public interface NavigatorFormExtension {

    /** Nothing added (e.g. in tests of the people feature alone). */
    NavigatorFormExtension NONE = (shown, busy, changed) -> new Region();

    /**
     * Builds the controls.
     *
     * @param shown   the stored navigator the form shows (null while none or a new one)
     * @param busy    true while the form writes; the controls wait
     * @param changed to be called after the extension wrote something about the shown navigator,
     *                so that the form and the table read it again (typed input is kept)
     */
    Node create(ObservableValue<NavigatorDetails> shown, ObservableBooleanValue busy, Runnable changed);

    /**
     * A section of its own below the coaching section (events: the basic qualification), shown while
     * a stored navigator is; null for none. Same parameters as {@link #create}.
     */
    default Node createSection(ObservableValue<NavigatorDetails> shown, ObservableBooleanValue busy,
            Runnable changed) {
        return null;
    }

    /** Both extensions: the controls of each side by side in the coaching section, then the sections of each. */
    static NavigatorFormExtension both(NavigatorFormExtension first, NavigatorFormExtension second) {
        return new NavigatorFormExtension() {
            @Override
            public Node create(ObservableValue<NavigatorDetails> shown, ObservableBooleanValue busy,
                    Runnable changed) {
                return new javafx.scene.layout.HBox(8, first.create(shown, busy, changed),
                        second.create(shown, busy, changed));
            }

            @Override
            public Node createSection(ObservableValue<NavigatorDetails> shown, ObservableBooleanValue busy,
                    Runnable changed) {
                Node a = first.createSection(shown, busy, changed);
                Node b = second.createSection(shown, busy, changed);
                if (a == null || b == null) {
                    return a == null ? b : a;
                }
                return new javafx.scene.layout.VBox(12, a, b);
            }
        };
    }
}
