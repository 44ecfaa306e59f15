package de.ssg.lotsenkontor.municipality.directoryimport;

import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Vanished;
import java.util.List;

/**
 * What applying an edition did: the differences as they were applied (computed again inside the
 * transaction) and the id of the recorded edition.
 */
public record DirectoryImportResult(DirectoryPreview applied, long editionId) {

    /** Municipalities marked as no longer existing that still have programme data attached. */
    public List<Vanished> toResolve() {
        return applied.toResolve();
    }
}
