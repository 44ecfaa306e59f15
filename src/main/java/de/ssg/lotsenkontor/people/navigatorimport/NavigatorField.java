package de.ssg.lotsenkontor.people.navigatorimport;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.TextKeys;
import de.ssg.lotsenkontor.importing.ImportField;
import java.util.List;

/**
 * What a column of a navigator list can hold. Each field knows the column titles that name it
 * in the lists the office keeps (German first, common variants and English), compared as
 * {@link TextKeys#words word keys}: "E-Mail-Adresse" is
 * {@code "e mail adresse"}, "Gemeindeschlüssel" is {@code "gemeindeschlussel"}.
 */
public enum NavigatorField implements ImportField {
    FIRST_NAME("people.field.firstName", "vorname", "vornamen", "rufname", "first name", "firstname",
            "given name", "forename"),
    LAST_NAME("people.field.lastName", "nachname", "familienname", "zuname", "last name", "lastname", "surname",
            "family name"),
    /** First and last name in one column: "Fiktiv, Frieda" or "Frieda Fiktiv". */
    FULL_NAME("navimport.field.fullName", "name vorname", "nachname vorname", "vorname name", "vorname nachname",
            "vor und nachname", "vor und zuname", "vollstandiger name", "full name", "navigator", "navigatorin",
            "digital navigator", "digital navigatorin", "person", "mitarbeiter", "mitarbeiterin", "ansprechpartner",
            "ansprechpartnerin"),
    MUNICIPALITY("people.field.municipality", "kommune", "gemeinde", "stadt", "stadt gemeinde", "gemeinde stadt",
            "kommune gemeinde", "gemeindename", "name der gemeinde", "name der kommune", "ort", "einsatzort",
            "dienstort", "municipality", "city", "town"),
    AGS("navimport.field.ags", "ags", "gemeindeschlussel", "amtlicher gemeindeschlussel", "gemeindekennziffer",
            "gemeindekennzahl", "gkz", "municipality key"),
    FURTHER_MUNICIPALITIES("people.field.furtherMunicipalities", "weitere kommunen", "weitere gemeinden",
            "auch fur", "betreut auch", "further municipalities"),
    DEPARTMENT("people.field.department", "fachbereich", "amt", "abteilung", "bereich", "organisationseinheit",
            "dienststelle", "referat", "sachgebiet", "department", "unit"),
    EMAIL("people.field.email", "e mail", "email", "mail", "e mail adresse", "email adresse", "mailadresse",
            "e mail address", "email address"),
    PHONE("people.field.phone", "telefon", "tel", "telefonnummer", "tel nr", "telefon nr", "rufnummer", "phone",
            "telephone", "phone number"),
    STATUS("people.field.status", "status", "state"),
    SINCE("people.field.since", "seit", "tatig seit", "aktiv seit", "navigator seit", "beginn", "start", "startdatum",
            "eintritt", "ab", "since", "start date", "begin"),
    UNTIL("people.field.until", "bis", "tatig bis", "aktiv bis", "ende", "enddatum", "ausgeschieden am",
            "until", "end date", "end");

    private final String labelKey;
    private final List<String> titles;

    NavigatorField(String labelKey, String... titles) {
        this.labelKey = labelKey;
        this.titles = List.of(titles);
    }

    /** The field's German name, as the navigator form shows it. */
    @Override
    public String label() {
        return I18n.text(labelKey);
    }

    /** Column titles (as word keys) that name this field. */
    @Override
    public List<String> titles() {
        return titles;
    }
}
