package de.ssg.lotsenkontor.demo;

import de.ssg.lotsenkontor.people.NavigatorStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A fictional navigator as written: home municipality, further ones served, and working period. */
record DemoNavigator(long id, DemoNames.Person person, DemoParticipant home, List<DemoMunicipality> further,
        LocalDate since, LocalDate until, NavigatorStatus status, String department) {

    DemoNavigator withId(long newId) {
        return new DemoNavigator(newId, person, home, further, since, until, status, department);
    }

    /** The last day of work in the programme (the end of the data when still working). */
    LocalDate lastDay() {
        return until == null ? DemoCalendar.END : DemoCalendar.min(until, DemoCalendar.END);
    }

    boolean activeOn(LocalDate day) {
        return !since.isAfter(day) && !lastDay().isBefore(day);
    }

    /** The days on which the navigator works and the home municipality is active: coaching happens then. */
    List<DemoPeriod> workingPeriods() {
        List<DemoPeriod> out = new ArrayList<>();
        for (DemoPeriod active : home.activePeriods()) {
            DemoPeriod p = active.intersect(since, lastDay());
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    String fullName() {
        return person.fullName();
    }
}
