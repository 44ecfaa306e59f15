package de.ssg.lotsenkontor.municipality.directoryimport;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryFile.AssociationEntry;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryFile.DistrictEntry;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryFile.MunicipalityEntry;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Added;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Changed;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Field;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.FieldChange;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.References;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Renamed;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.UnitChange;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.UnitKind;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Vanished;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectorySnapshot.DbAssociation;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectorySnapshot.DbDistrict;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectorySnapshot.DbMunicipality;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares one edition with the database and plans the changes: what the preview shows and what
 * applying writes come from the same computation, so the user applies exactly what was shown.
 */
final class DirectoryDiff {

    /** Looks up what refers to a vanished municipality (a database query). */
    @FunctionalInterface
    interface ReferenceLookup {
        References of(DbMunicipality m) throws SQLException;
    }

    record DistrictUpdate(long id, DistrictEntry entry) {
    }

    record AssociationUpdate(long id, AssociationEntry entry) {
    }

    /** The final values of a changed municipality; {@code entry} holds DB values for fields the file lacks. */
    record MunicipalityUpdate(long id, MunicipalityEntry entry) {
    }

    /** Everything applying does, in order, and the preview that describes it. */
    record Plan(DirectoryPreview preview,
            List<DistrictEntry> newDistricts, List<DistrictUpdate> districtUpdates,
            List<AssociationEntry> newAssociations, List<AssociationUpdate> associationUpdates,
            List<MunicipalityEntry> newMunicipalities, List<MunicipalityUpdate> municipalityUpdates,
            List<Long> vanishedIds, List<Long> removedAssociationIds) {
    }

    private DirectoryDiff() {
    }

    static Plan plan(DirectoryFile file, DirectorySnapshot db, ReferenceLookup references) throws SQLException {
        List<UnitChange> units = new ArrayList<>();

        // districts
        List<DistrictEntry> newDistricts = new ArrayList<>();
        List<DistrictUpdate> districtUpdates = new ArrayList<>();
        for (DistrictEntry d : file.districts().values()) {
            DbDistrict old = db.districts().get(d.key());
            if (old == null) {
                newDistricts.add(d);
                units.add(new UnitChange(UnitKind.DISTRICT_ADDED, d.key(), null, d.name()));
                continue;
            }
            String region = d.regionName() == null ? old.regionName() : d.regionName();
            boolean renamed = !old.name().equals(d.name());
            boolean changed = old.type() != d.type() || !Objects.equals(old.regionName(), region);
            if (renamed) {
                units.add(new UnitChange(UnitKind.DISTRICT_RENAMED, d.key(), old.name(), d.name()));
            }
            if (changed) {
                units.add(new UnitChange(UnitKind.DISTRICT_CHANGED, d.key(), describe(old.type(), old.regionName()),
                        describe(d.type(), region)));
            }
            if (renamed || changed) {
                districtUpdates.add(new DistrictUpdate(old.id(),
                        new DistrictEntry(d.row(), d.key(), d.name(), d.type(), region)));
            }
        }

        // associations
        List<AssociationEntry> newAssociations = new ArrayList<>();
        List<AssociationUpdate> associationUpdates = new ArrayList<>();
        for (AssociationEntry a : file.associations().values()) {
            DbAssociation old = db.associations().get(a.key());
            if (old == null) {
                newAssociations.add(a);
                units.add(new UnitChange(UnitKind.ASSOCIATION_ADDED, a.key(), null, a.name()));
                continue;
            }
            boolean renamed = !old.name().equals(a.name());
            boolean changed = old.type() != a.type() || !old.districtKey().equals(a.districtKey());
            if (renamed) {
                units.add(new UnitChange(UnitKind.ASSOCIATION_RENAMED, a.key(), old.name(), a.name()));
            }
            if (changed) {
                units.add(new UnitChange(UnitKind.ASSOCIATION_CHANGED, a.key(),
                        I18n.of("directory.associationType", old.type()), I18n.of("directory.associationType", a.type())));
            }
            if (renamed || changed) {
                associationUpdates.add(new AssociationUpdate(old.id(), a));
            }
        }

        // municipalities
        List<Added> added = new ArrayList<>();
        List<Renamed> renamed = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        List<MunicipalityEntry> newMunicipalities = new ArrayList<>();
        List<MunicipalityUpdate> updates = new ArrayList<>();
        Set<String> inFile = new HashSet<>(file.municipalities().size() * 2);
        for (MunicipalityEntry m : file.municipalities()) {
            inFile.add(m.ags());
            String districtName = districtName(file, db, m);
            DbMunicipality old = db.municipalities().get(m.ags());
            if (old == null) {
                newMunicipalities.add(m);
                added.add(new Added(m.ags(), m.name(), m.type(), districtName, m.population()));
                continue;
            }
            MunicipalityEntry target = keepWhatTheFileLacks(file, m, old);
            List<FieldChange> fields = changes(file, db, old, target, districtName);
            boolean nameChanged = !old.name().equals(target.name());
            if (nameChanged) {
                renamed.add(new Renamed(m.ags(), old.name(), target.name()));
            }
            if (!fields.isEmpty()) {
                changed.add(new Changed(m.ags(), target.name(), List.copyOf(fields)));
            }
            if (nameChanged || !fields.isEmpty()) {
                updates.add(new MunicipalityUpdate(old.id(), target));
            }
        }

        // vanished: in the database for the chosen state(s), still existing, not in the file
        List<Vanished> vanished = new ArrayList<>();
        List<Long> vanishedIds = new ArrayList<>();
        int existingInScope = 0;
        for (DbMunicipality old : db.municipalities().values()) {
            if (!file.state().covers(old.ags()) || old.dissolvedOn() != null) {
                continue;
            }
            existingInScope++;
            if (!inFile.contains(old.ags())) {
                vanished.add(new Vanished(old.ags(), old.name(), old.districtName(), references.of(old)));
                vanishedIds.add(old.id());
            }
        }

        // associations of the chosen state(s) the file no longer has and no remaining municipality uses
        Map<String, List<DbMunicipality>> members = new HashMap<>();
        for (DbMunicipality old : db.municipalities().values()) {
            if (old.associationKey() != null) {
                members.computeIfAbsent(old.associationKey(), k -> new ArrayList<>()).add(old);
            }
        }
        List<Long> removedAssociations = new ArrayList<>();
        for (DbAssociation old : db.associations().values()) {
            if (!file.state().covers(old.key()) || file.associations().containsKey(old.key())) {
                continue;
            }
            boolean stillUsed = members.getOrDefault(old.key(), List.of()).stream()
                    .anyMatch(m -> !inFile.contains(m.ags()));
            if (!stillUsed) {
                removedAssociations.add(old.id());
                units.add(new UnitChange(UnitKind.ASSOCIATION_REMOVED, old.key(), old.name(), null));
            }
        }

        List<String> warnings = warnings(file, db, vanished.size(), existingInScope);
        units.sort((a, b) -> a.kind() == b.kind() ? a.key().compareTo(b.key()) : a.kind().compareTo(b.kind()));
        DirectoryPreview preview = new DirectoryPreview(file.fileName(), file.sheetName(), file.referenceDate(),
                file.state(), file.stateName(), file.municipalities().size(), file.unincorporated(),
                sorted(added, Added::ags), sorted(renamed, Renamed::ags), sorted(changed, Changed::ags),
                sorted(vanished, Vanished::ags), List.copyOf(units), db.current(), List.copyOf(warnings));
        return new Plan(preview, newDistricts, districtUpdates, newAssociations, associationUpdates,
                newMunicipalities, updates, vanishedIds, removedAssociations);
    }

    private static <T> List<T> sorted(List<T> list, Function<T, String> key) {
        List<T> copy = new ArrayList<>(list);
        copy.sort((a, b) -> key.apply(a).compareTo(key.apply(b)));
        return Collections.unmodifiableList(copy);
    }

    private static String describe(de.ssg.lotsenkontor.municipality.DistrictType type, String region) {
        String t = I18n.of("directory.districtType", type);
        return region == null ? t : t + ", " + region;
    }

    private static String districtName(DirectoryFile file, DirectorySnapshot db, MunicipalityEntry m) {
        DistrictEntry d = file.districts().get(m.districtKey());
        if (d != null) {
            return d.name();
        }
        DbDistrict old = db.districts().get(m.districtKey());
        if (old != null) {
            return old.name();
        }
        throw DirectoryFormatException.of("directory.error.districtMissing", file.fileName(), file.sheetName(),
                String.valueOf(m.row()), m.name(), m.districtKey());
    }

    private static String associationName(DirectoryFile file, DirectorySnapshot db, String key) {
        if (key == null) {
            return null;
        }
        AssociationEntry a = file.associations().get(key);
        if (a != null) {
            return a.name();
        }
        DbAssociation old = db.associations().get(key);
        return old == null ? key : old.name();
    }

    /** The file's values, except where the file has no column: there the database's value stays. */
    private static MunicipalityEntry keepWhatTheFileLacks(DirectoryFile file, MunicipalityEntry m, DbMunicipality old) {
        String postcode = file.has(GvColumn.POSTCODE) ? m.postcode() : old.postcode();
        BigDecimal longitude = file.has(GvColumn.LONGITUDE) ? m.longitude() : old.longitude();
        BigDecimal latitude = file.has(GvColumn.LATITUDE) ? m.latitude() : old.latitude();
        return new MunicipalityEntry(m.row(), m.ags(), m.ars(), m.name(), m.type(), m.districtKey(),
                m.associationKey(), m.population(), m.areaKm2(), postcode, longitude, latitude);
    }

    private static List<FieldChange> changes(DirectoryFile file, DirectorySnapshot db, DbMunicipality old,
            MunicipalityEntry m, String districtName) {
        List<FieldChange> out = new ArrayList<>();
        if (old.type() != m.type()) {
            out.add(new FieldChange(Field.TYPE, old.type(), m.type()));
        }
        if (!old.districtKey().equals(m.districtKey())) {
            out.add(new FieldChange(Field.DISTRICT, old.districtName(), districtName));
        }
        if (!Objects.equals(old.associationKey(), m.associationKey())) {
            out.add(new FieldChange(Field.ASSOCIATION, old.associationName(),
                    associationName(file, db, m.associationKey())));
        }
        if (!Objects.equals(old.population(), m.population())) {
            out.add(new FieldChange(Field.POPULATION, old.population(), m.population()));
        }
        if (!sameNumber(old.areaKm2(), m.areaKm2())) {
            out.add(new FieldChange(Field.AREA, old.areaKm2(), m.areaKm2()));
        }
        if (!Objects.equals(old.postcode(), m.postcode())) {
            out.add(new FieldChange(Field.POSTCODE, old.postcode(), m.postcode()));
        }
        if (!sameNumber(old.longitude(), m.longitude())) {
            out.add(new FieldChange(Field.LONGITUDE, old.longitude(), m.longitude()));
        }
        if (!sameNumber(old.latitude(), m.latitude())) {
            out.add(new FieldChange(Field.LATITUDE, old.latitude(), m.latitude()));
        }
        if (!Objects.equals(old.ars(), m.ars())) {
            out.add(new FieldChange(Field.ARS, old.ars(), m.ars()));
        }
        if (old.dissolvedOn() != null) {
            out.add(new FieldChange(Field.DISSOLVED, old.dissolvedOn(), null));
        }
        return out;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static List<String> warnings(DirectoryFile file, DirectorySnapshot db, int vanished, int existingInScope) {
        List<String> out = new ArrayList<>();
        if (db.current() != null && file.referenceDate().isBefore(db.current().referenceDate())) {
            out.add(I18n.text("directory.warning.older", Formats.date(file.referenceDate()),
                    Formats.date(db.current().referenceDate())));
        }
        if (vanished > 0 && vanished * 2 > existingInScope) {
            out.add(I18n.text("directory.warning.manyVanished", vanished, existingInScope));
        }
        if (file.withoutAssociationRow() > 0) {
            out.add(I18n.text("directory.warning.withoutAssociationRow", file.withoutAssociationRow()));
        }
        for (GvColumn optional : List.of(GvColumn.POSTCODE, GvColumn.LONGITUDE, GvColumn.LATITUDE)) {
            if (!file.has(optional)) {
                out.add(I18n.text("directory.warning.columnAbsent", I18n.text(optional.labelKey())));
            }
        }
        if (!file.has(GvColumn.TEXTKENNZEICHEN)) {
            out.add(I18n.text("directory.warning.noTextCode"));
        }
        return out;
    }
}
