package de.ssg.lotsenkontor.coaching;

/** How a coaching session took place. */
public enum SessionFormat {
    VOR_ORT,
    ONLINE,
    TELEFON
}
