package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.common.Formats;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Sorts people by last name, then first name, the German way ("Öztürk" before "Peters"). */
final class ByName {

    private ByName() {
    }

    /** Sorts in place; collation keys are made once per row, so even 10,000 rows sort quickly. */
    static <R> List<R> sort(List<R> rows, Function<R, String> lastName, Function<R, String> firstName) {
        Collator collator = Collator.getInstance(Formats.GERMAN);
        record Keyed<R>(R row, CollationKey last, CollationKey first) {
        }
        List<Keyed<R>> keyed = new ArrayList<>(rows.size());
        for (R r : rows) {
            keyed.add(new Keyed<>(r, collator.getCollationKey(lastName.apply(r)),
                    collator.getCollationKey(firstName.apply(r))));
        }
        keyed.sort(Comparator.<Keyed<R>, CollationKey>comparing(Keyed::last).thenComparing(Keyed::first));
        rows.clear();
        keyed.forEach(k -> rows.add(k.row()));
        return rows;
    }
}
