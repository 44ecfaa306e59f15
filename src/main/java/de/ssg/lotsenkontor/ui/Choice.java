package de.ssg.lotsenkontor.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * An entry of a filter box: a value with its label, or "all" (value null). Avoids putting null
 * into a ComboBox, which JavaFX treats as "nothing selected".
 */
public record Choice<T>(T value, String label) {

    public static <T> Choice<T> all(String label) {
        return new Choice<>(null, label);
    }

    public boolean isAll() {
        return value == null;
    }

    /** "all" first, then one choice per value. */
    public static <T> List<Choice<T>> list(String allLabel, Collection<T> values, Function<T, String> label) {
        List<Choice<T>> out = new ArrayList<>();
        out.add(all(allLabel));
        for (T v : values) {
            out.add(new Choice<>(v, label.apply(v)));
        }
        return out;
    }

    /** The entry of {@code choices} equal to {@code selected}, or the first ("all"): keeps a filter across a reload. */
    public static <T> Choice<T> sameOrFirst(List<Choice<T>> choices, Choice<T> selected) {
        return choices.stream().filter(c -> c.equals(selected)).findFirst().orElse(choices.get(0));
    }

    @Override
    public String toString() {
        return label;
    }
}
