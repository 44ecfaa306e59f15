package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date pickers and choice boxes that speak German: {@code 31.12.2024}, enum constants by their text. */
public final class GermanDates {

    private GermanDates() {
    }

    /**
     * A date picker that shows and reads {@code dd.MM.yyyy}. Unreadable input leaves the value
     * empty instead of throwing, so a view model can bind the editor's text and report it.
     */
    public static DatePicker picker() {
        DatePicker picker = new DatePicker();
        picker.setPromptText(I18n.text("common.datePrompt"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return Formats.parseDate(text).orElse(null);
            }
        });
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    /** Shows enum constants by their text {@code <prefix>.<CONSTANT>}. */
    public static <E extends Enum<E>> StringConverter<E> enumConverter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : I18n.of(prefix, value);
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("choice boxes are not editable");
            }
        };
    }
}
