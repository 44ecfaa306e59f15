package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The commands under a detail form, bound to the commands of its {@link MasterDetailModel}: save
 * while the form may be saved, revert while it is dirty, reload (the stored state, keeping the
 * input) while an entry is shown; and the line that says why the last save was refused. Buttons
 * never shrink below their label; the tooltip names them too.
 */
public final class FormButtons {

    private FormButtons() {
    }

    public static Button save(String id, Command save) {
        Button button = bound(id, "ui.button.save", Material2MZ.SAVE, save);
        button.getStyleClass().add("accent");
        return button;
    }

    public static Button revert(String id, Command revert) {
        return bound(id, "ui.button.revert", Material2MZ.UNDO, revert);
    }

    public static Button reload(String id, MasterDetailModel<?, ?, ?> model) {
        Button button = bound(id, "ui.button.reload", Material2MZ.REFRESH, model.reloadCommand());
        button.disableProperty().unbind();
        button.setDisable(false);
        button.visibleProperty().bind(model.reloadCommand().canRunBinding());
        button.managedProperty().bind(button.visibleProperty());
        return button;
    }

    /** A button that runs {@code command} and is enabled while it can run. */
    public static Button bound(String id, String textKey, Ikon icon, Command command) {
        Button button = new Button(I18n.text(textKey), new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(I18n.text(textKey)));
        button.disableProperty().bind(command.canRunBinding().not());
        button.setOnAction(e -> command.run());
        return button;
    }

    /** Why the service refused the last save; the next edit makes it obsolete. */
    public static Label saveError(String id, MasterDetailModel<?, ?, ?> model) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("validation-message");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(model.saveErrorProperty());
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }
}
