package de.ssg.lotsenkontor.coaching.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.Forms;
import de.ssg.lotsenkontor.ui.GermanDates;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The form of "Lotse zuweisen": the coach (the proposed one chosen) and the first day, bound to its view model. */
final class AssignCoachDialog implements AssignCoachViewModel.Form {

    private final DialogService dialogs;
    private final String stylesheet;

    AssignCoachDialog(DialogService dialogs, String stylesheet) {
        this.dialogs = dialogs;
        this.stylesheet = stylesheet;
    }

    @Override
    public boolean show(AssignCoachViewModel model) {
        ComboBox<CoachOption> coach = new ComboBox<>(model.choices());
        coach.setId("assignCoach");
        coach.setMaxWidth(Double.MAX_VALUE);
        coach.setConverter(new StringConverter<>() {
            @Override
            public String toString(CoachOption o) {
                return model.label(o);
            }

            @Override
            public CoachOption fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        coach.valueProperty().bindBidirectional(model.coachProperty());
        DatePicker from = GermanDates.picker();
        from.setId("assignFrom");
        from.getEditor().setText(model.fromTextProperty().get());
        model.fromTextProperty().bind(from.getEditor().textProperty());
        Label warning = new Label();
        warning.setId("assignWarning");
        warning.getStyleClass().add("warning-message");
        warning.setWrapText(true);
        warning.setMaxWidth(500);
        warning.setMinHeight(Region.USE_PREF_SIZE);
        warning.textProperty().bind(model.warning());
        Label info = Forms.muted("assignInfo");
        info.setMaxWidth(500);
        info.setText(model.info());
        GridPane content = Forms.grid();
        if (stylesheet != null) {
            content.getStylesheets().add(stylesheet);
        }
        int row = Forms.addRow(content, 0, "coachingui.assign.coach", coach);
        row = Forms.addRow(content, row, "coachingui.assign.from", from);
        row = Forms.addWide(content, row, warning);
        Forms.addWide(content, row, info);
        try {
            return dialogs.showForm(I18n.text("coachingui.assign.title"),
                    I18n.text("coachingui.assign.header", model.navigator().fullName()), content,
                    I18n.text("coachingui.assign.button"), model.invalidBinding());
        } finally {
            model.fromTextProperty().unbind();
            coach.valueProperty().unbindBidirectional(model.coachProperty());
        }
    }
}
