package de.ssg.lotsenkontor.people.ui;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dialog port of the people view models for "until which day?" when someone is deactivated.
 * The view answers it with {@link LastDayDialog}; tests answer it themselves. No toolkit needed.
 */
@FunctionalInterface
public interface LastDayQuestion {

    /**
     * @param fieldKey      the field whose rules the day follows (e.g. {@code people.field.until})
     * @param firstDay      the earliest day allowed
     * @param todaySelected whether today is proposed
     * @param consequences  what happens when the user confirms that day
     * @return the chosen day, or empty when the user cancels
     */
    Optional<LocalDate> ask(String fieldKey, LocalDate firstDay, boolean todaySelected, String title, String header,
            Function<LocalDate, String> consequences);
}
