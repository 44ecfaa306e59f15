package de.ssg.lotsenkontor.municipality;

/** Landkreis or Kreisfreie Stadt. */
public enum DistrictType {
    LANDKREIS,
    KREISFREIE_STADT
}
