package de.ssg.lotsenkontor.municipality;

/** Legal type of a municipality as the official directory gives it. */
public enum MunicipalityType {
    KREISFREIE_STADT,
    STADT,
    GEMEINDE
}
