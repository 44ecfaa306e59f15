package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Builds screen columns from a feature's {@link ColumnDef}s: German formats, numbers right-aligned,
 * text sorted with German collation. Each column keeps its definition as user data, so the
 * shared table export writes exactly the columns the user sees, in their order.
 */
public final class TableColumns {

    private static final double PIXELS_PER_CHAR = 9.5;

    private TableColumns() {
    }

    public static <R> void addAll(TableView<R> table, List<ColumnDef<R>> defs) {
        for (ColumnDef<R> def : defs) {
            table.getColumns().add(column(def));
        }
    }

    public static <R> TableColumn<R, Object> column(ColumnDef<R> def) {
        TableColumn<R, Object> column = new TableColumn<>(def.title());
        column.setId(def.id());
        column.setUserData(def);
        // wide enough for the bold heading, too
        column.setPrefWidth(Math.max(def.widthChars(), def.title().length() + 3) * PIXELS_PER_CHAR);
        if (def.widthChars() <= 12) {
            // keys, dates and numbers are unreadable when cut: a squeezing resize policy leaves them whole
            column.setMinWidth(def.widthChars() * PIXELS_PER_CHAR);
        }
        if (def.sortKey() != null) {
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                    new Sortable(def.valueOf(c.getValue()), def.sortKey().apply(c.getValue()))));
        } else {
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(def.valueOf(c.getValue())));
        }
        column.setComparator(comparator(def.type()));
        column.setCellFactory(c -> new TypedCell<>(def.type()));
        return column;
    }

    /** The definition behind a screen column, or null for a column not built here. */
    @SuppressWarnings("unchecked")
    public static <R> ColumnDef<R> definition(TableColumn<R, ?> column) {
        return column.getUserData() instanceof ColumnDef<?> def ? (ColumnDef<R>) def : null;
    }

    /** A German text for a value of the given type. */
    public static String format(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case MONEY -> Formats.money((BigDecimal) value);
            case DECIMAL -> Formats.decimal(value instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) value).doubleValue()), 2);
            case INTEGER -> Formats.integer(((Number) value).longValue());
            case PERCENT -> Formats.percent(((Number) value).doubleValue());
            case DATE -> Formats.date((LocalDate) value);
            case BOOLEAN -> I18n.text(Boolean.TRUE.equals(value) ? "ui.yes" : "ui.no");
            case TEXT -> value.toString();
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object> comparator(ColumnType type) {
        Collator collator = Collator.getInstance(Locale.GERMAN);
        Comparator<Object> values = (a, b) -> {
            if (a instanceof String sa && b instanceof String sb) {
                return collator.compare(sa, sb);
            }
            return ((Comparable) a).compareTo(b);
        };
        return Comparator.nullsLast((a, b) -> {
            if (a instanceof Sortable sa && b instanceof Sortable sb) {
                return Comparator.nullsLast(values).compare(sa.key(), sb.key());
            }
            return values.compare(a, b);
        });
    }

    /** A cell value shown as {@code display} but sorted by {@code key}. */
    record Sortable(Object display, Object key) {
    }

    private static final class TypedCell<R> extends TableCell<R, Object> {

        private final ColumnType type;

        TypedCell(ColumnType type) {
            this.type = type;
            boolean number = type == ColumnType.INTEGER || type == ColumnType.DECIMAL || type == ColumnType.MONEY
                    || type == ColumnType.PERCENT;
            setAlignment(number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            Object value = item instanceof Sortable s ? s.display() : item;
            setText(empty ? null : format(type, value));
        }
    }
}
