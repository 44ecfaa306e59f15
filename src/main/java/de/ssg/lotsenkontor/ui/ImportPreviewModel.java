package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.importing.CheckedRow;
import de.ssg.lotsenkontor.importing.ColumnMapping;
import de.ssg.lotsenkontor.importing.ImportField;
import de.ssg.lotsenkontor.importing.ImportFile;
import de.ssg.lotsenkontor.importing.ImportMode;
import de.ssg.lotsenkontor.importing.ImportPreview;
import de.ssg.lotsenkontor.importing.ImportTexts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State of the preview of any import that reads rows through a column mapping: the file as
 * read, one column choice per field (proposed, changeable), the rows checked under that mapping
 * by the feature's check, and what the import button says and allows ("valid rows" or "all or
 * nothing"). Changing a choice checks all rows again at once, in memory; the feature's service
 * checks again when applying. Knows no feature: the feature gives its fields, its proposal and
 * its check.
 *
 * @param <F> the feature's fields
 * @param <R> the feature's checked rows
 */
public class ImportPreviewModel<F extends Enum<F> & ImportField, R extends CheckedRow> {

    private final Class<F> fieldType;
    private final Function<ImportFile, ColumnMapping<F>> propose;
    private final BiFunction<ImportFile, ColumnMapping<F>, ImportPreview<F, R>> check;
    private final ObjectProperty<ImportFile> file = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Integer>> columnChoices = FXCollections.observableArrayList();
    private final Map<F, ObjectProperty<Choice<Integer>>> choices;
    private final ReadOnlyObjectWrapper<ImportPreview<F, R>> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final FilteredList<R> shownRows = new FilteredList<>(rows, r -> true);
    private final BooleanProperty onlyErrors = new SimpleBooleanProperty(false);
    private final BooleanProperty allOrNothing = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringBinding countsText;
    private final StringBinding missingText;
    private final StringBinding applyText;
    private final StringBinding hintText;
    private final BooleanBinding canApply;
    private ColumnMapping<F> mapping;
    private boolean updating;

    /**
     * @param propose the mapping to start with for a file (from its titles, or as remembered for its source)
     * @param check   the feature's check of every row under a mapping; pure and quick
     */
    public ImportPreviewModel(ImportFile file, Class<F> fieldType, Function<ImportFile, ColumnMapping<F>> propose,
            BiFunction<ImportFile, ColumnMapping<F>, ImportPreview<F, R>> check) {
        this.fieldType = fieldType;
        this.propose = propose;
        this.check = check;
        this.mapping = ColumnMapping.none(fieldType);
        this.choices = new EnumMap<>(fieldType);
        for (F field : fieldType.getEnumConstants()) {
            ObjectProperty<Choice<Integer>> choice = new SimpleObjectProperty<>();
            choice.addListener((obs, old, now) -> chosen(field, now));
            choices.put(field, choice);
        }
        onlyErrors.addListener((obs, old, now) -> shownRows.setPredicate(now ? r -> !r.valid() : r -> true));
        countsText = Bindings.createStringBinding(() -> preview.get() == null ? ""
                : ImportTexts.counts(preview.get()), preview);
        missingText = Bindings.createStringBinding(() -> preview.get() == null || preview.get().usable() ? ""
                : I18n.text("importui.missing", ImportTexts.and(preview.get().missing())), preview);
        applyText = Bindings.createStringBinding(() -> {
            ImportPreview<F, R> p = preview.get();
            if (p == null) {
                return I18n.text("importui.apply.valid", 0);
            }
            return allOrNothing.get() ? I18n.text("importui.apply.all", p.read())
                    : I18n.text("importui.apply.valid", p.valid());
        }, preview, allOrNothing);
        hintText = Bindings.createStringBinding(this::hint, preview, allOrNothing);
        canApply = Bindings.createBooleanBinding(() -> {
            ImportPreview<F, R> p = preview.get();
            return !busy.get() && p != null && p.usable() && p.valid() > 0 && (!allOrNothing.get() || p.blocking() == 0);
        }, preview, allOrNothing, busy);
        setFile(file);
    }

    /** Shows another file (another sheet of the workbook): the mapping is proposed for it again. */
    public void setFile(ImportFile newFile) {
        file.set(newFile);
        List<Choice<Integer>> list = new ArrayList<>();
        list.add(Choice.all(I18n.text("importui.notMapped")));
        for (int c = 0; c < newFile.columnCount(); c++) {
            String title = newFile.header(c);
            String letter = SheetCell.columnLetter(c);
            list.add(new Choice<>(c, title.isBlank() ? I18n.text("importui.columnUntitled", letter)
                    : I18n.text("importui.column", letter, title)));
        }
        mapping = propose.apply(newFile);
        // combo boxes react to their new items by choosing something; the new mapping decides instead
        updating = true;
        try {
            columnChoices.setAll(list);
        } finally {
            updating = false;
        }
        showMapping();
        check();
    }

    private void chosen(F field, Choice<Integer> choice) {
        if (updating || choice == null) {
            return;
        }
        mapping = mapping.with(field, choice.value());
        // a column serves one field: another field that had it shows "nicht übernehmen" now
        showMapping();
        check();
    }

    private void showMapping() {
        updating = true;
        try {
            for (F field : fieldType.getEnumConstants()) {
                Integer column = mapping.column(field);
                choices.get(field).set(column == null || column + 1 >= columnChoices.size() ? columnChoices.get(0)
                        : columnChoices.get(column + 1));
            }
        } finally {
            updating = false;
        }
    }

    /** Checks every row again under the same mapping (after what the check compares with changed). */
    public void recheck() {
        check();
    }

    private void check() {
        ImportPreview<F, R> p = check.apply(file.get(), mapping);
        rows.setAll(p.rows());
        preview.set(p);
    }

    private String hint() {
        ImportPreview<F, R> p = preview.get();
        if (p == null || !p.usable()) {
            return "";
        }
        if (p.valid() == 0) {
            return I18n.text("importui.hint.noneValid");
        }
        if (p.invalid() == 0) {
            return I18n.text("importui.hint.allValid");
        }
        return allOrNothing.get() && p.blocking() > 0 ? I18n.text("importui.hint.blocked", p.blocking())
                : I18n.text("importui.hint.skip", p.invalid());
    }

    public Class<F> fieldType() {
        return fieldType;
    }

    public ObjectProperty<ImportFile> fileProperty() {
        return file;
    }

    /** The columns of the file to choose from, "— nicht übernehmen —" first. */
    public ObservableList<Choice<Integer>> columnChoices() {
        return columnChoices;
    }

    /** The column chosen for {@code field}. */
    public ObjectProperty<Choice<Integer>> choiceProperty(F field) {
        return choices.get(field);
    }

    public ColumnMapping<F> mapping() {
        return mapping;
    }

    public ImportMode mode() {
        return allOrNothing.get() ? ImportMode.ALL_OR_NOTHING : ImportMode.VALID_ROWS;
    }

    public ReadOnlyObjectProperty<ImportPreview<F, R>> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The rows the table shows: all, or only those with errors. */
    public ObservableList<R> shownRows() {
        return shownRows;
    }

    public BooleanProperty onlyErrorsProperty() {
        return onlyErrors;
    }

    public BooleanProperty allOrNothingProperty() {
        return allOrNothing;
    }

    /** True while another sheet is being read. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringBinding countsText() {
        return countsText;
    }

    /** What the mapping still lacks, as a request to the user; empty when complete. */
    public StringBinding missingText() {
        return missingText;
    }

    public StringBinding applyText() {
        return applyText;
    }

    /** What happens to rows with errors when importing now. */
    public StringBinding hintText() {
        return hintText;
    }

    public BooleanBinding canApplyBinding() {
        return canApply;
    }
}
