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
@FunctionalInterface
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
}
