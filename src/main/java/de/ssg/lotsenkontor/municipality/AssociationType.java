package de.ssg.lotsenkontor.municipality;

/** Verwaltungsgemeinschaft or Verwaltungsverband. */
public enum AssociationType {
    VERWALTUNGSGEMEINSCHAFT,
    VERWALTUNGSVERBAND
}
