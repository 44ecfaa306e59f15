package de.ssg.lotsenkontor.importing;

import java.util.List;

/**
 * What an import wrote.
 *
 * @param ids     the new records' ids, in file order
 * @param checked the rows as checked inside the import's transaction
 */
public record ImportResult<F extends Enum<F> & ImportField, R extends CheckedRow>(List<Long> ids,
        ImportPreview<F, R> checked) {

    public ImportResult {
        ids = List.copyOf(ids);
    }

    public int imported() {
        return ids.size();
    }

    /** Rows with problems, left out. */
    public int skipped() {
        return checked.invalid();
    }
}
