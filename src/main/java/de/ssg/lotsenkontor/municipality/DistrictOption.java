package de.ssg.lotsenkontor.municipality;

/** A district as a choice in filters and forms. */
public record DistrictOption(String key, String name) {
}
