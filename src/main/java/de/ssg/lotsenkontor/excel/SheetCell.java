package de.ssg.lotsenkontor.excel;

/**
 * One non-empty cell as stored in the file, before any formatting: {@code text} is the shared or
 * inline string for TEXT, the raw stored number for NUMBER (e.g. {@code 5.0599999999999996} or
 * {@code 1.4E1}), {@code TRUE}/{@code FALSE} for BOOLEAN and the error code (e.g. {@code #NV}) for
 * ERROR. Formula cells carry their cached result.
 *
 * @param column 0-based column index (A = 0)
 */
public record SheetCell(int column, Kind kind, String text) {

    /** What the file says the cell holds. */
    public enum Kind {
        TEXT, NUMBER, BOOLEAN, ERROR
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isBlank() {
        return text == null || text.isBlank();
    }

    /** The column as the user sees it in Excel: A, B, …, Z, AA, … */
    public String columnLetter() {
        return columnLetter(column);
    }

    /** The Excel letter of a 0-based column index. */
    public static String columnLetter(int column) {
        StringBuilder s = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rest = (n - 1) % 26;
            s.insert(0, (char) ('A' + rest));
            n = (n - 1) / 26;
        }
        return s.toString();
    }

    /** The 0-based column index of a cell reference such as {@code J10} or {@code AB3}; -1 if there are no letters. */
    public static int columnOf(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length()) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            i++;
        }
        return i == 0 ? -1 : column - 1;
    }
}
