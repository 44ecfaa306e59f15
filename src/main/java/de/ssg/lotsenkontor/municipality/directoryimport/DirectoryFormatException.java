package de.ssg.lotsenkontor.municipality.directoryimport;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.I18n;
import java.util.List;

/**
 * The file is a workbook but not a usable edition of the municipality directory: a sheet without
 * the expected columns, cells that cannot be read (each named by sheet, row, column and reason),
 * or no municipalities for the chosen state. Nothing was changed.
 */
public class DirectoryFormatException extends DomainException {

    private static final long serialVersionUID = 1L;
    /** How many cell problems the message lists; the rest are counted. */
    static final int LISTED = 10;

    private final transient List<String> problems;

    private DirectoryFormatException(String key, List<String> problems, Object... args) {
        super(key, args);
        this.problems = List.copyOf(problems);
    }

    /** One problem with the file as a whole. */
    static DirectoryFormatException of(String key, Object... args) {
        return new DirectoryFormatException(key, List.of(I18n.text(key, args)), args);
    }

    /** Problems with single cells, each already a German sentence naming sheet, row and column. */
    static DirectoryFormatException cells(String fileName, List<String> problems, int total) {
        if (total == 1) {
            return new DirectoryFormatException("directory.error.oneCell", problems, fileName, problems.get(0));
        }
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
            list.append("\n• ").append(problems.get(i));
        }
        if (total > LISTED) {
            list.append("\n").append(I18n.text("directory.error.more", total - LISTED));
        }
        return new DirectoryFormatException("directory.error.cells", problems, fileName, total, list.toString());
    }

    /** Each problem as one German sentence (at most the first few hundred). */
    public List<String> problems() {
        return problems;
    }
}
