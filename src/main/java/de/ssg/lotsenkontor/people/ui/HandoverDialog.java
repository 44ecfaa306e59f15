package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.people.CoachHandover;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.Forms;
import de.ssg.lotsenkontor.ui.GermanDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * "Was wird aus den Navigatoren?" when a coach with running assignments is deactivated: end the
 * assignments, or hand them to another active coach with free capacity from a chosen day on.
 * Works with the keyboard alone (arrows switch the choice, Tab moves on, Enter confirms).
 */
public final class HandoverDialog {

    private HandoverDialog() {
    }

    /** The view models' question, answered by this dialog. */
    public static HandoverQuestion question(DialogService dialogs) {
        return (coach, navigators, lastDay, candidates) -> ask(dialogs, coach, navigators, lastDay, candidates);
    }

    private static Optional<HandoverQuestion.Answer> ask(DialogService dialogs, String coach, int navigators,
            LocalDate lastDay, List<CoachOption> candidates) {
        Label text = new Label(I18n.text("peopleui.handover.text", coach, navigators, Formats.date(lastDay)));
        text.setWrapText(true);
        text.setMaxWidth(500);
        text.setMinHeight(Region.USE_PREF_SIZE);
        ToggleGroup choice = new ToggleGroup();
        RadioButton end = new RadioButton(I18n.text("peopleui.handover.end"));
        end.setId("handoverEnd");
        end.setToggleGroup(choice);
        RadioButton hand = new RadioButton(I18n.text("peopleui.handover.handTo"));
        hand.setId("handoverTo");
        hand.setToggleGroup(choice);
        for (RadioButton r : List.of(end, hand)) {
            r.setWrapText(true);
            r.setMaxWidth(500);
            r.setMinHeight(Region.USE_PREF_SIZE);
        }
        ComboBox<CoachOption> successor = new ComboBox<>();
        successor.setId("handoverCoach");
        successor.getItems().setAll(candidates);
        successor.setConverter(new StringConverter<>() {
            @Override
            public String toString(CoachOption o) {
                return o == null ? "" : I18n.text("peopleui.handover.coachOption", o.name(),
                        o.capacity() - o.currentNavigators(), o.capacity());
            }

            @Override
            public CoachOption fromString(String s) {
                return null;
            }
        });
        successor.setMaxWidth(Double.MAX_VALUE);
        DatePicker from = GermanDates.picker();
        from.setId("handoverFrom");
        from.setValue(lastDay.plusDays(1));
        from.getEditor().setText(Formats.date(lastDay.plusDays(1)));
        successor.disableProperty().bind(hand.selectedProperty().not());
        from.disableProperty().bind(hand.selectedProperty().not());
        if (candidates.isEmpty()) {
            hand.setDisable(true);
            hand.setText(I18n.text("peopleui.handover.noCandidates"));
            end.setSelected(true);
        } else {
            hand.setSelected(true);
            successor.getSelectionModel().select(0);
        }
        Label problem = new Label();
        problem.setId("handoverProblem");
        problem.getStyleClass().add("validation-message");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!hand.isSelected()) {
                return "";
            }
            if (successor.getValue() == null) {
                return I18n.text("common.validation.fieldMessage", I18n.text("peopleui.handover.coach"),
                        I18n.text("common.validation.required"));
            }
            Optional<LocalDate> day = Formats.parseDate(from.getEditor().getText());
            if (day.isEmpty()) {
                return I18n.text("peopleui.handover.from") + ": " + I18n.text("common.validation.date");
            }
            return day.get().isAfter(lastDay) ? "" : I18n.text("common.validation.fieldMessage",
                    I18n.text("peopleui.handover.from"), I18n.text("peopleui.handover.afterLastDay",
                            Formats.date(lastDay)));
        }, hand.selectedProperty(), successor.valueProperty(), from.getEditor().textProperty()));
        // more navigators than free places: allowed (the board shows the overload), but said beforehand
        Label warning = new Label();
        warning.setId("handoverWarning");
        warning.setWrapText(true);
        warning.setMaxWidth(500);
        warning.setMinHeight(Region.USE_PREF_SIZE);
        warning.textProperty().bind(Bindings.createStringBinding(() -> {
            CoachOption o = successor.getValue();
            int free = o == null ? navigators : o.capacity() - o.currentNavigators();
            return hand.isSelected() && o != null && free < navigators
                    ? I18n.text("peopleui.handover.overCapacity", o.name(), free, navigators) : "";
        }, hand.selectedProperty(), successor.valueProperty()));
        GridPane content = Forms.grid();
        content.getStylesheets().add(PeopleView.STYLESHEET);
        content.setMaxWidth(540);
        int row = Forms.addWide(content, 0, text);
        row = Forms.addWide(content, row, end);
        row = Forms.addWide(content, row, hand);
        row = Forms.addRow(content, row, "peopleui.handover.coach", successor);
        row = Forms.addRow(content, row, "peopleui.handover.from", from);
        row = Forms.addWide(content, row, warning);
        Forms.addWide(content, row, problem);
        if (!dialogs.showForm(I18n.text("peopleui.handover.title"), I18n.text("peopleui.handover.header", coach),
                content, I18n.text("peopleui.button.deactivateConfirm"), problem.textProperty().isNotEmpty())) {
            return Optional.empty();
        }
        if (!hand.isSelected()) {
            return Optional.of(HandoverQuestion.Answer.END);
        }
        return Optional.of(new HandoverQuestion.Answer(new CoachHandover(successor.getValue().id(),
                Formats.parseDate(from.getEditor().getText()).orElseThrow())));
    }
}
