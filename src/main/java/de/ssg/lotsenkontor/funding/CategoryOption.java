package de.ssg.lotsenkontor.funding;

/** A cost category as a choice. */
public record CategoryOption(long id, String code, String name, int sortOrder, boolean active, int version) {

    @Override
    public String toString() {
        return name;
    }
}
