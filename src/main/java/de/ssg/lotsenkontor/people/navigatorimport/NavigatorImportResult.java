package de.ssg.lotsenkontor.people.navigatorimport;

import java.util.List;

/**
 * What an import wrote.
 *
 * @param ids     the new navigators' ids, in file order
 * @param checked the rows as checked inside the import's transaction
 */
public record NavigatorImportResult(List<Long> ids, NavigatorImportPreview checked) {

    public NavigatorImportResult {
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
