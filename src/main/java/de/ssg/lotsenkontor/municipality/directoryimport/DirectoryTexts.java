package de.ssg.lotsenkontor.municipality.directoryimport;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DirectoryStand;
import de.ssg.lotsenkontor.municipality.MunicipalityType;
import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Changed;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Field;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.FieldChange;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.References;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.UnitChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The German texts of a directory preview, the same on the command line and on screen. */
public final class DirectoryTexts {

    private DirectoryTexts() {
    }

    /** "Gemeindeverzeichnis, Stand 31.12.2023". */
    public static String stand(DirectoryStand stand) {
        return stand == null ? I18n.text("directory.stand.none")
                : I18n.text("directory.stand", Formats.date(stand.referenceDate()));
    }

    /** File, sheet, reference date and state in one line. */
    public static String source(DirectoryPreview p) {
        return I18n.text("directory.summary.source", p.fileName(), p.sheetName(),
                Formats.date(p.referenceDate()), state(p));
    }

    /** "Sachsen (14)" or "alle Länder". */
    public static String state(DirectoryPreview p) {
        if (p.state().isAll()) {
            return I18n.text("directory.state.all");
        }
        return p.stateName() == null ? p.state().code() : p.stateName() + " (" + p.state().code() + ")";
    }

    /** "418 Gemeinden in der Datei: 0 neu, 0 umbenannt, 12 geändert, 0 nicht mehr vorhanden." */
    public static String counts(DirectoryPreview p) {
        return I18n.text("directory.summary.counts", p.found(), p.added().size(), p.renamed().size(),
                p.changed().size(), p.vanished().size());
    }

    /** The field's German label. */
    public static String field(Field field) {
        return I18n.of("directory.field", field);
    }

    /** A field value in German form; "–" for none. */
    public static String value(Field field, Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof MunicipalityType t) {
            return I18n.of("municipality.type", t);
        }
        if (value instanceof Integer i) {
            return Formats.integer(i);
        }
        if (value instanceof BigDecimal b) {
            return Formats.decimal(b, field == Field.AREA ? 2 : Math.max(0, b.scale()));
        }
        if (value instanceof LocalDate d) {
            return field == Field.DISSOLVED ? I18n.text("directory.value.dissolvedSince", Formats.date(d)) : Formats.date(d);
        }
        return value.toString();
    }

    /** "Einwohner 250.681 → 248.645". */
    public static String change(FieldChange c) {
        if (c.field() == Field.DISSOLVED) {
            return I18n.text("directory.change.restored", Formats.date((LocalDate) c.oldValue()));
        }
        return I18n.text("directory.change", field(c.field()), value(c.field(), c.oldValue()),
                value(c.field(), c.newValue()));
    }

    /** All changes of one municipality, separated by semicolons. */
    public static String changes(Changed c) {
        List<String> parts = new ArrayList<>();
        for (FieldChange f : c.changes()) {
            parts.add(change(f));
        }
        return String.join("; ", parts);
    }

    /** "2 Navigator(en), 1 Vor-Ort-Projekt(e), Teilnahmestatus aktiv"; empty when nothing refers to it. */
    public static String references(References r) {
        List<String> parts = new ArrayList<>();
        if (r.navigators() > 0) {
            parts.add(I18n.text("directory.references.navigators", r.navigators()));
        }
        if (r.projects() > 0) {
            parts.add(I18n.text("directory.references.projects", r.projects()));
        }
        if (r.sessions() > 0) {
            parts.add(I18n.text("directory.references.sessions", r.sessions()));
        }
        if (r.participationEntries() > 0) {
            parts.add(I18n.text("directory.references.participation", r.participationEntries()));
        }
        if (r.contacts() > 0) {
            parts.add(I18n.text("directory.references.contacts", r.contacts()));
        }
        if (r.status() != null && r.status() != ParticipationStatus.NICHT_BETEILIGT) {
            parts.add(I18n.text("directory.references.status", I18n.of("municipality.status", r.status())));
        }
        return String.join(", ", parts);
    }

    /** "Landkreis neu: 14730 Nordsachsen", "Verwaltungsgemeinschaft umbenannt: … A → B". */
    public static String unit(UnitChange u) {
        return I18n.text("directory.unit." + u.kind().name(), u.key(), u.oldName() == null ? "" : u.oldName(),
                u.newName() == null ? "" : u.newName());
    }
}
