package de.ssg.lotsenkontor.municipality.directoryimport;

/**
 * The columns of a GV-ISys "Auszug GV" sheet that the import reads. Required columns must be in
 * every edition; without an optional one the import leaves that field as it is in the database
 * (or, for Textkennzeichen, derives the types from the names).
 */
public enum GvColumn {
    SATZART(true),
    TEXTKENNZEICHEN(false),
    LAND(true),
    RB(true),
    KREIS(true),
    VB(true),
    GEM(true),
    NAME(true),
    AREA(true),
    POPULATION(true),
    POSTCODE(false),
    LONGITUDE(false),
    LATITUDE(false);

    private final boolean required;

    GvColumn(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    /** Text key of the column's German label, as the official file heads it. */
    public String labelKey() {
        return "directory.column." + name();
    }
}
