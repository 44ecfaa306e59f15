package de.ssg.lotsenkontor.funding.expenseimport;

import de.ssg.lotsenkontor.importing.ImportFile;
import java.util.List;

/**
 * An accounting export, bank statement or expense list as read, nothing checked yet: the rows
 * under their header and, for a DATEV file, its metadata line.
 *
 * @param datev the DATEV header; null for a bank statement or a list
 */
public record ExpenseFile(ImportFile file, DatevHeader datev) {

    public boolean isDatev() {
        return datev != null;
    }

    /** What the file's header says that the user should know (DATEV only). */
    public List<String> warnings() {
        return datev == null ? List.of() : datev.warnings();
    }

    public String fileName() {
        return file.fileName();
    }
}
