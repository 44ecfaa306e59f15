package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.Forms;
import de.ssg.lotsenkontor.ui.GermanDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * "Deaktivieren …" of a coach or navigator: asks for the last active day (today at first), says
 * what follows from that day, and refuses a day that cannot be read or lies before the person's
 * first day.
 */
public final class LastDayDialog {

    private final DialogService dialogs;
    private final String fieldKey;
    private final LocalDate firstDay;
    private final LocalDate today;
    private boolean todaySelected;

    /**
     * @param fieldKey the text key of the last-day field, for its label and its messages
     * @param firstDay the person's first active day; the last day may not lie before it
     */
    LastDayDialog(DialogService dialogs, String fieldKey, LocalDate firstDay, LocalDate today) {
        this.dialogs = dialogs;
        this.fieldKey = fieldKey;
        this.firstDay = firstDay;
        this.today = today;
    }

    /** The view models' question "until which day?", answered by this dialog. */
    public static LastDayQuestion question(DialogService dialogs, Clock clock) {
        return (fieldKey, firstDay, todaySelected, title, header, consequences) -> {
            LastDayDialog dialog = new LastDayDialog(dialogs, fieldKey, firstDay, LocalDate.now(clock));
            return (todaySelected ? dialog.withTodaySelected() : dialog).ask(title, header, consequences);
        };
    }

    /** Also selects today in the calendar pop-up, not only in the typed text. */
    LastDayDialog withTodaySelected() {
        todaySelected = true;
        return this;
    }

    /**
     * @param consequences what deactivating means, for the typed day (null while it cannot be read)
     * @return the confirmed last day, or empty when the user cancelled
     */
    Optional<LocalDate> ask(String title, String header, Function<LocalDate, String> consequences) {
        DatePicker lastDay = GermanDates.picker();
        lastDay.setId("deactivateUntil");
        if (todaySelected) {
            lastDay.setValue(today);
        }
        lastDay.getEditor().setText(Formats.date(today));
        Label text = new Label();
        text.setWrapText(true);
        text.setMaxWidth(500);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(Bindings.createStringBinding(() -> consequences.apply(
                Formats.parseDate(lastDay.getEditor().getText()).orElse(null)), lastDay.getEditor().textProperty()));
        Label problem = new Label();
        problem.getStyleClass().add("validation-message");
        problem.textProperty().bind(Bindings.createStringBinding(() -> problem(lastDay.getEditor().getText()),
                lastDay.getEditor().textProperty()));
        GridPane content = Forms.grid();
        content.getStylesheets().add(PeopleView.STYLESHEET);
        content.setMaxWidth(520);
        int row = Forms.addWide(content, 0, text);
        row = Forms.addRow(content, row, fieldKey, lastDay);
        Forms.addWide(content, row, problem);
        if (!dialogs.showForm(title, header, content, I18n.text("peopleui.button.deactivateConfirm"),
                problem.textProperty().isNotEmpty())) {
            return Optional.empty();
        }
        return Optional.of(Formats.parseDate(lastDay.getEditor().getText()).orElseThrow());
    }

    private String problem(String typed) {
        var parsed = Formats.parseDate(typed);
        if (parsed.isEmpty()) {
            return I18n.text(fieldKey) + ": " + I18n.text("common.validation.date");
        }
        return parsed.get().isBefore(firstDay) ? I18n.text("common.validation.fieldMessage", I18n.text(fieldKey),
                I18n.text("common.validation.notBefore", Formats.date(firstDay))) : "";
    }
}
