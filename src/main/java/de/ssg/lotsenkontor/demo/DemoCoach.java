package de.ssg.lotsenkontor.demo;

import java.time.LocalDate;
import java.util.Set;

/** A fictional coach (Digital-Lotse) as written, with the districts they look after. */
record DemoCoach(long id, DemoNames.Person person, LocalDate from, Set<String> focusDistrictKeys) {

    boolean activeOn(LocalDate day) {
        return !from.isAfter(day);
    }

    boolean looksAfter(String districtKey) {
        return focusDistrictKeys.contains(districtKey);
    }
}
