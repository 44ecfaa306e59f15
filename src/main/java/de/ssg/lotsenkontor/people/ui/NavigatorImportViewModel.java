package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.people.navigatorimport.ColumnMapping;
import de.ssg.lotsenkontor.people.navigatorimport.ImportContext;
import de.ssg.lotsenkontor.people.navigatorimport.ImportMode;
import de.ssg.lotsenkontor.people.navigatorimport.ImportRow;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorField;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorFile;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportCheck;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportPreview;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportTexts;
import de.ssg.lotsenkontor.ui.Choice;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * State of the navigator import preview: the file as read, one column choice per navigator
 * field (proposed from the header, changeable), the rows checked under that mapping, and what
 * the import button says and allows. Changing a choice checks all rows again at once, in memory,
 * against the database state read when the file was opened; the service checks again when
 * applying.
 */
public class NavigatorImportViewModel {

    private final ImportContext context;
    private final ObjectProperty<NavigatorFile> file = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Integer>> columnChoices = FXCollections.observableArrayList();
    private final Map<NavigatorField, ObjectProperty<Choice<Integer>>> choices = new EnumMap<>(NavigatorField.class);
    private final ReadOnlyObjectWrapper<NavigatorImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ImportRow> shownRows = new FilteredList<>(rows, r -> true);
    private final BooleanProperty onlyErrors = new SimpleBooleanProperty(false);
    private final BooleanProperty allOrNothing = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringBinding countsText;
    private final StringBinding missingText;
    private final StringBinding applyText;
    private final StringBinding hintText;
    private final BooleanBinding canApply;
    private ColumnMapping mapping = ColumnMapping.none();
    private boolean updating;

    public NavigatorImportViewModel(NavigatorFile file, ImportContext context) {
        this.context = context;
        for (NavigatorField field : NavigatorField.values()) {
            ObjectProperty<Choice<Integer>> choice = new SimpleObjectProperty<>();
            choice.addListener((obs, old, now) -> chosen(field, now));
            choices.put(field, choice);
        }
        onlyErrors.addListener((obs, old, now) -> shownRows.setPredicate(now ? r -> !r.valid() : r -> true));
        countsText = Bindings.createStringBinding(() -> preview.get() == null ? ""
                : NavigatorImportTexts.counts(preview.get()), preview);
        missingText = Bindings.createStringBinding(() -> preview.get() == null || preview.get().usable() ? ""
                : I18n.text("navimportui.missing", String.join(I18n.text("navimport.and"), preview.get().missing())),
                preview);
        applyText = Bindings.createStringBinding(() -> {
            NavigatorImportPreview p = preview.get();
            if (p == null) {
                return I18n.text("navimportui.apply.valid", 0);
            }
            return allOrNothing.get() ? I18n.text("navimportui.apply.all", p.read())
                    : I18n.text("navimportui.apply.valid", p.valid());
        }, preview, allOrNothing);
        hintText = Bindings.createStringBinding(this::hint, preview, allOrNothing);
        canApply = Bindings.createBooleanBinding(() -> {
            NavigatorImportPreview p = preview.get();
            return !busy.get() && p != null && p.usable() && p.valid() > 0 && (!allOrNothing.get() || p.invalid() == 0);
        }, preview, allOrNothing, busy);
        setFile(file);
    }

    /** Shows another file (another sheet of the workbook): the mapping is proposed from its header again. */
    public void setFile(NavigatorFile newFile) {
        file.set(newFile);
        List<Choice<Integer>> list = new ArrayList<>();
        list.add(Choice.all(I18n.text("navimportui.notMapped")));
        for (int c = 0; c < newFile.columnCount(); c++) {
            String title = newFile.header(c);
            String letter = SheetCell.columnLetter(c);
            list.add(new Choice<>(c, title.isBlank() ? I18n.text("navimportui.columnUntitled", letter)
                    : I18n.text("navimportui.column", letter, title)));
        }
        mapping = ColumnMapping.propose(newFile.headers());
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

    private void chosen(NavigatorField field, Choice<Integer> choice) {
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
            for (NavigatorField field : NavigatorField.values()) {
                Integer column = mapping.column(field);
                choices.get(field).set(column == null ? columnChoices.get(0) : columnChoices.get(column + 1));
            }
        } finally {
            updating = false;
        }
    }

    private void check() {
        NavigatorImportPreview p = NavigatorImportCheck.check(file.get(), mapping, context);
        rows.setAll(p.rows());
        preview.set(p);
    }

    private String hint() {
        NavigatorImportPreview p = preview.get();
        if (p == null || !p.usable()) {
            return "";
        }
        if (p.valid() == 0) {
            return I18n.text("navimportui.hint.noneValid");
        }
        if (p.invalid() == 0) {
            return I18n.text("navimportui.hint.allValid");
        }
        return allOrNothing.get() ? I18n.text("navimportui.hint.blocked", p.invalid())
                : I18n.text("navimportui.hint.skip", p.invalid());
    }

    public ObjectProperty<NavigatorFile> fileProperty() {
        return file;
    }

    /** The columns of the file to choose from, "— nicht übernehmen —" first. */
    public ObservableList<Choice<Integer>> columnChoices() {
        return columnChoices;
    }

    /** The column chosen for {@code field}. */
    public ObjectProperty<Choice<Integer>> choiceProperty(NavigatorField field) {
        return choices.get(field);
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    public ImportMode mode() {
        return allOrNothing.get() ? ImportMode.ALL_OR_NOTHING : ImportMode.VALID_ROWS;
    }

    public ReadOnlyObjectProperty<NavigatorImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The rows the table shows: all, or only those with errors. */
    public ObservableList<ImportRow> shownRows() {
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
