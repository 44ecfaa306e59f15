package de.ssg.lotsenkontor.importing;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.I18n;
import java.util.List;

/**
 * A file checked by a feature, nothing written yet: every row with its values and problems, the
 * column mapping it was read with and what that mapping still lacks. {@link #refuseIfUnusable}
 * says why it may not be applied in a mode: the choice between "the valid rows" and "all or
 * nothing" is the same for every import.
 *
 * @param missing what no column gives yet, as German phrases; empty when the mapping is complete
 */
public record ImportPreview<F extends Enum<F> & ImportField, R extends CheckedRow>(
        ImportFile file, ColumnMapping<F> mapping, List<R> rows, List<String> missing) {

    /** How many row problems a refusal lists; the rest are counted. */
    public static final int LISTED = 10;

    public ImportPreview {
        rows = List.copyOf(rows);
        missing = List.copyOf(missing);
    }

    /** Whether the mapping gives everything the import needs. */
    public boolean usable() {
        return missing.isEmpty();
    }

    /** Rows read below the header (empty rows not counted). */
    public int read() {
        return rows.size();
    }

    public int valid() {
        return (int) rows.stream().filter(CheckedRow::valid).count();
    }

    public int invalid() {
        return read() - valid();
    }

    /** Rows that keep the mode "all or nothing" from being applied. */
    public int blocking() {
        return (int) rows.stream().filter(CheckedRow::blocksAllOrNothing).count();
    }

    public List<R> validRows() {
        return rows.stream().filter(CheckedRow::valid).toList();
    }

    /** Every problem of every row, in file order. */
    public List<RowProblem> problems() {
        return rows.stream().flatMap(r -> r.problems().stream()).toList();
    }

    /** Throws the German reason when this preview may not be applied in {@code mode}; writes nothing. */
    public void refuseIfUnusable(ImportMode mode) {
        String fileName = file.fileName();
        if (!usable()) {
            throw new DomainException("importing.error.missingColumns", fileName,
                    String.join(I18n.text("importing.and"), missing));
        }
        if (read() == 0) {
            throw new DomainException("importing.error.noRows", fileName);
        }
        if (mode == ImportMode.ALL_OR_NOTHING && blocking() > 0) {
            throw new DomainException("importing.error.notAllValid", blocking(), read(),
                    ImportTexts.problemList(problems(), LISTED));
        }
        if (valid() == 0) {
            throw new DomainException("importing.error.noneValid", fileName,
                    ImportTexts.problemList(problems(), LISTED));
        }
    }
}
