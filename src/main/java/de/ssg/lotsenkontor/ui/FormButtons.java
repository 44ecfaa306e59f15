package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The commands under a detail form, bound to its {@link DetailFormModel}: save while it may be
 * saved, revert while it is dirty, reload (the stored state, keeping the input) while an entry is
 * shown; and the line that says why the last save was refused.
 */
public final class FormButtons {

    private FormButtons() {
    }

    public static Button save(String id, DetailFormModel<?> form, Runnable save) {
        Button button = new Button(I18n.text("ui.button.save"), new FontIcon(Material2MZ.SAVE));
        button.setId(id);
        button.getStyleClass().add("accent");
        button.disableProperty().bind(form.canSaveBinding().not());
        button.setOnAction(e -> save.run());
        return button;
    }

    public static Button revert(String id, DetailFormModel<?> form) {
        Button button = new Button(I18n.text("ui.button.revert"), new FontIcon(Material2MZ.UNDO));
        button.setId(id);
        button.disableProperty().bind(form.dirtyBinding().not());
        button.setOnAction(e -> form.revert());
        return button;
    }

    public static Button reload(String id, DetailFormModel<?> form, Runnable reloadKeepingInput) {
        Button button = new Button(I18n.text("ui.button.reload"), new FontIcon(Material2MZ.REFRESH));
        button.setId(id);
        button.visibleProperty().bind(form.detailsProperty().isNotNull());
        button.managedProperty().bind(button.visibleProperty());
        button.setOnAction(e -> reloadKeepingInput.run());
        return button;
    }

    /** Why the service refused the last save; the next edit makes it obsolete. */
    public static Label saveError(String id, DetailFormModel<?> form) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("validation-message");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        form.dirtyBinding().addListener((obs, was, is) -> label.setText(""));
        return label;
    }
}
