package de.ssg.lotsenkontor.people.navigatorimport;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.excel.SheetRow;
import de.ssg.lotsenkontor.importing.Cells;
import de.ssg.lotsenkontor.importing.ColumnMapping;
import de.ssg.lotsenkontor.importing.ImportFile;
import de.ssg.lotsenkontor.importing.ImportPreview;
import de.ssg.lotsenkontor.importing.RowProblem;
import de.ssg.lotsenkontor.municipality.MunicipalityNames;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every row of a navigator list: reads its values through the column mapping, finds the
 * municipality (by AGS when there is one, else by name), and applies the rules of the navigator
 * form ({@link NavigatorChange#validate}, shared with the form and the service) and its
 * duplicate rule, against the database and within the file (the first valid row of a person
 * counts, later ones are reported). Each problem names the row, the column and the reason.
 *
 * <p>Pure: works on an {@link ImportFile} and a {@link NavigatorImportContext} read before, so the
 * preview checks again at once when the user changes the mapping.
 */
public final class NavigatorImportCheck {

    private static final String FIRST = "people.field.firstName";
    private static final String LAST = "people.field.lastName";
    private static final String PLACE = "people.field.municipality";
    private static final String FURTHER = "people.field.furtherMunicipalities";
    private static final String STATUS = "people.field.status";
    private static final String SINCE = "people.field.since";
    private static final String UNTIL = "people.field.until";
    /** Reasons that read well after the value: „frieda@“ ist keine gültige E-Mail-Adresse. */
    private static final Set<String> AFTER_VALUE = Set.of("common.validation.email", "common.validation.phone",
            "common.validation.tooLong");
    /** Where a broken rule is shown: the first of these fields that has a column. */
    private static final Map<String, List<NavigatorField>> COLUMNS = Map.ofEntries(
            Map.entry(FIRST, List.of(NavigatorField.FIRST_NAME, NavigatorField.FULL_NAME)),
            Map.entry(LAST, List.of(NavigatorField.LAST_NAME, NavigatorField.FULL_NAME)),
            Map.entry("people.field.name", List.of(NavigatorField.LAST_NAME, NavigatorField.FULL_NAME,
                    NavigatorField.FIRST_NAME)),
            Map.entry(PLACE, List.of(NavigatorField.MUNICIPALITY, NavigatorField.AGS)),
            Map.entry(FURTHER, List.of(NavigatorField.FURTHER_MUNICIPALITIES)),
            Map.entry("people.field.department", List.of(NavigatorField.DEPARTMENT)),
            Map.entry("people.field.email", List.of(NavigatorField.EMAIL)),
            Map.entry("people.field.phone", List.of(NavigatorField.PHONE)),
            Map.entry(STATUS, List.of(NavigatorField.STATUS, NavigatorField.UNTIL)),
            Map.entry(SINCE, List.of(NavigatorField.SINCE)),
            Map.entry(UNTIL, List.of(NavigatorField.UNTIL, NavigatorField.STATUS)));

    private NavigatorImportCheck() {
    }

    public static ImportPreview<NavigatorField, NavigatorImportRow> check(ImportFile file,
            ColumnMapping<NavigatorField> mapping, NavigatorImportContext context) {
        Map<String, Integer> seen = new HashMap<>();
        List<NavigatorImportRow> rows = new ArrayList<>(file.rows().size());
        for (SheetRow row : file.rows()) {
            rows.add(new RowCheck(file, mapping, context, row).check(seen));
        }
        return new ImportPreview<>(file, mapping, rows, NavigatorColumns.missing(mapping));
    }

    /** The check of one row. */
    private static final class RowCheck {

        private final ImportFile file;
        private final ColumnMapping<NavigatorField> mapping;
        private final NavigatorImportContext context;
        private final SheetRow row;
        private final List<RowProblem> problems = new ArrayList<>();
        /** Fields (their text keys) that already have a problem: the form's rules need not repeat it. */
        private final Set<String> failed = new HashSet<>();
        private String municipalityText;

        RowCheck(ImportFile file, ColumnMapping<NavigatorField> mapping, NavigatorImportContext context, SheetRow row) {
            this.file = file;
            this.mapping = mapping;
            this.context = context;
            this.row = row;
        }

        NavigatorImportRow check(Map<String, Integer> seen) {
            // what reading the file found: control characters, a last line cut off
            problems.addAll(file.readProblems(row.number()));
            String first = name(NavigatorField.FIRST_NAME, FIRST);
            String last = name(NavigatorField.LAST_NAME, LAST);
            if (first == null || last == null) {
                String full = name(NavigatorField.FULL_NAME, null);
                if (full != null) {
                    Optional<ImportValues.Name> name = ImportValues.name(full);
                    if (name.isPresent()) {
                        first = first == null ? name.get().first() : first;
                        last = last == null ? name.get().last() : last;
                    } else {
                        problem(NavigatorField.FULL_NAME, I18n.text("navimport.reason.nameParts", Cells.echo(full)));
                        failed.add(FIRST);
                        failed.add(LAST);
                    }
                }
            }
            MunicipalityOption municipality = municipality();
            String furtherText = text(NavigatorField.FURTHER_MUNICIPALITIES);
            List<MunicipalityOption> further = further(furtherText);
            String department = text(NavigatorField.DEPARTMENT);
            String email = text(NavigatorField.EMAIL);
            if (email != null && email.regionMatches(true, 0, "mailto:", 0, 7)) {
                email = email.substring(7).trim();
            }
            String phone = text(NavigatorField.PHONE);
            NavigatorStatus status = NavigatorStatus.AKTIV;
            String statusText = text(NavigatorField.STATUS);
            if (statusText != null) {
                status = ImportValues.status(statusText).orElse(null);
                if (status == null) {
                    problem(NavigatorField.STATUS, I18n.text("navimport.reason.status", Cells.echo(statusText)));
                    failed.add(STATUS);
                }
            }
            LocalDate since = date(NavigatorField.SINCE, SINCE, context.today());
            LocalDate until = date(NavigatorField.UNTIL, UNTIL, null);

            NavigatorChange change = new NavigatorChange(null, 0, first, last,
                    municipality == null ? null : municipality.id(),
                    further.stream().map(MunicipalityOption::id).toList(), department, email, phone,
                    status == null ? NavigatorStatus.AKTIV : status, since == null ? context.today() : since,
                    until);
            Map<String, String> values = new HashMap<>();
            values.put(FIRST, first);
            values.put(LAST, last);
            values.put("people.field.department", department);
            values.put("people.field.email", email);
            values.put("people.field.phone", phone);
            for (Violation v : change.validate(context::municipality)) {
                if (!failed.contains(v.fieldKey())) {
                    violation(v, values.get(v.fieldKey()));
                }
            }
            if (problems.isEmpty()) {
                duplicate(first, last, municipality, seen);
            }
            // left to right as in the file; problems of no single column last
            problems.sort(Comparator.comparingInt(p -> p.column() < 0 ? Integer.MAX_VALUE : p.column()));
            return new NavigatorImportRow(row.number(), first, last, municipality, municipalityText, further, furtherText,
                    department, email, phone, status, since, until, problems);
        }

        // -------------------------------------------------------------- values

        private SheetCell cell(NavigatorField field) {
            Integer column = mapping.column(field);
            return column == null ? null : row.cell(column);
        }

        private String text(NavigatorField field) {
            return ImportValues.text(cell(field));
        }

        /**
         * A name field: refused (null, with a problem) when it holds a line break or a tab; a name
         * is one line. {@code fieldKey} is the form's field that need not report it again.
         */
        private String name(NavigatorField field, String fieldKey) {
            String value = text(field);
            if (value != null && Cells.hasBreakOrTab(value)) {
                problem(field, I18n.text("importing.reason.breakInName", Cells.echo(value)));
                if (fieldKey == null) {
                    failed.add(FIRST);
                    failed.add(LAST);
                } else {
                    failed.add(fieldKey);
                }
                return null;
            }
            return value;
        }

        private LocalDate date(NavigatorField field, String fieldKey, LocalDate fallback) {
            SheetCell cell = cell(field);
            if (cell == null || cell.isBlank()) {
                return fallback;
            }
            Optional<LocalDate> date = ImportValues.date(cell, file.date1904());
            if (date.isEmpty()) {
                problem(field, I18n.text("navimport.reason.date", Cells.echo(ImportValues.text(cell))));
                failed.add(fieldKey);
                return null;
            }
            return date.get();
        }

        /** The municipality by AGS when the row gives one (checked against the name if given too), else by name. */
        private MunicipalityOption municipality() {
            String name = text(NavigatorField.MUNICIPALITY);
            String agsText = text(NavigatorField.AGS);
            municipalityText = name == null ? agsText : agsText == null ? name : name + " (" + agsText + ")";
            MunicipalityOption byAgs = null;
            if (agsText != null) {
                String ags = ImportValues.ags(agsText);
                if (ags == null) {
                    return failedPlace(NavigatorField.AGS, I18n.text("navimport.reason.badAgs", Cells.echo(agsText)));
                }
                MunicipalityNames.Match match = context.names().byAgs(ags);
                if (match instanceof MunicipalityNames.Found found) {
                    byAgs = found.municipality();
                } else if (match instanceof MunicipalityNames.Dissolved d) {
                    return failedPlace(NavigatorField.AGS, I18n.text("navimport.reason.dissolvedAgs", ags,
                            d.municipality().name(), Formats.date(d.municipality().dissolvedOn())));
                } else {
                    return failedPlace(NavigatorField.AGS, I18n.text("navimport.reason.unknownAgs", Cells.echo(agsText)));
                }
            }
            if (name == null) {
                return byAgs;
            }
            MunicipalityNames.Match match = context.names().byName(name);
            if (byAgs != null) {
                // the AGS decides; a name that clearly means another municipality is a contradiction
                if (match instanceof MunicipalityNames.Found found && found.municipality().id() != byAgs.id()) {
                    problem(NavigatorField.MUNICIPALITY, I18n.text("navimport.reason.agsMismatch", Cells.echo(name),
                            byAgs.ags(), byAgs.name()));
                    failed.add(PLACE);
                }
                return byAgs;
            }
            String reason = placeProblem(name, match, true);
            return reason == null ? ((MunicipalityNames.Found) match).municipality()
                    : failedPlace(NavigatorField.MUNICIPALITY, reason);
        }

        private MunicipalityOption failedPlace(NavigatorField field, String reason) {
            problem(field, reason);
            failed.add(PLACE);
            return null;
        }

        /** Why {@code written} names no single current municipality; null when it does. */
        private String placeProblem(String written, MunicipalityNames.Match match, boolean askForAgs) {
            if (match instanceof MunicipalityNames.Found) {
                return null;
            }
            written = Cells.echo(written);
            if (match instanceof MunicipalityNames.Ambiguous a) {
                List<String> candidates = a.candidates().stream()
                        .map(m -> I18n.text("navimport.candidate", m.name(), m.ags(), m.districtName())).toList();
                String list = String.join("; ", candidates);
                if (!askForAgs) {
                    return I18n.text("navimport.reason.ambiguousFurther", written, list);
                }
                Integer agsColumn = mapping.column(NavigatorField.AGS);
                return agsColumn == null ? I18n.text("navimport.reason.ambiguous", written, list)
                        : I18n.text("navimport.reason.ambiguousAgsColumn", written, list,
                                file.columnLabel(agsColumn));
            }
            if (match instanceof MunicipalityNames.Dissolved d) {
                return I18n.text("navimport.reason.dissolved", written, Formats.date(d.municipality().dissolvedOn()));
            }
            return I18n.text("navimport.reason.unknownMunicipality", written);
        }

        /**
         * Further municipalities: separated by ";" or line breaks; a part with commas is first
         * taken whole ("Bautzen / Budyšin, Stadt"), else split at the commas. Names or AGS.
         */
        private List<MunicipalityOption> further(String text) {
            List<MunicipalityOption> out = new ArrayList<>();
            if (text == null) {
                return out;
            }
            for (String part : text.split("[;\\n\\r|]+")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                MunicipalityNames.Match whole = furtherMatch(p);
                if (whole instanceof MunicipalityNames.Found || p.indexOf(',') < 0) {
                    addFurther(out, p, whole);
                    continue;
                }
                for (String piece : p.split(",")) {
                    if (!piece.isBlank()) {
                        addFurther(out, piece.trim(), furtherMatch(piece.trim()));
                    }
                }
            }
            return out;
        }

        private MunicipalityNames.Match furtherMatch(String written) {
            String ags = ImportValues.ags(written);
            return ags != null ? context.names().byAgs(ags) : context.names().byName(written);
        }

        private void addFurther(List<MunicipalityOption> out, String written, MunicipalityNames.Match match) {
            String reason = placeProblem(written, match, false);
            if (reason == null) {
                out.add(((MunicipalityNames.Found) match).municipality());
            } else {
                problem(NavigatorField.FURTHER_MUNICIPALITIES, reason);
                failed.add(FURTHER);
            }
        }

        // -------------------------------------------------------------- problems

        private void problem(NavigatorField field, String reason) {
            Integer column = field == null ? null : mapping.column(field);
            problems.add(file.problem(row.number(), column == null ? -1 : column, reason));
        }

        private void violation(Violation v, String value) {
            String reason;
            if ("common.validation.required".equals(v.reasonKey())) {
                reason = I18n.text("navimport.reason.missing", v.field());
            } else if (value != null && AFTER_VALUE.contains(v.reasonKey())) {
                reason = I18n.text("navimport.reason.value", Cells.echo(value), v.reason());
            } else {
                reason = v.message();
            }
            problem(columnOf(v.fieldKey()), reason);
        }

        private NavigatorField columnOf(String fieldKey) {
            for (NavigatorField f : COLUMNS.getOrDefault(fieldKey, List.of())) {
                if (mapping.has(f)) {
                    return f;
                }
            }
            return null;
        }

        /** The duplicate rule of the form, against the database and the rows above. */
        private void duplicate(String first, String last, MunicipalityOption municipality, Map<String, Integer> seen) {
            String key = NavigatorImportContext.key(first, last, municipality.id());
            NavigatorImportContext.Existing existing = context.existing(key);
            NavigatorField column = columnOf("people.field.name");
            if (existing != null) {
                problem(column, I18n.text("people.validation.duplicateNavigator", existing.fullName(),
                        existing.municipalityName(), I18n.of("people.status", existing.status()),
                        Formats.date(existing.since())));
                return;
            }
            Integer earlier = seen.putIfAbsent(key, row.number());
            if (earlier != null) {
                problem(column, I18n.text("navimport.reason.twiceInFile", first.trim() + " " + last.trim(),
                        municipality.name(), earlier));
            }
        }
    }
}
