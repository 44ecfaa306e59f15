package de.ssg.lotsenkontor.events.ui;

import de.ssg.lotsenkontor.events.EventRow;
import de.ssg.lotsenkontor.events.ModuleRow;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.people.NavigatorRow;
import java.util.List;

/** What the events list reads in one go: the events and the choices of its filters and the form. */
public record EventChoices(List<EventRow> events, List<ModuleRow> modules, List<CoachOption> coaches,
        List<DistrictOption> districts) {

    /** Whom the registration can choose from; read right after the list is on screen. */
    public record People(List<NavigatorRow> navigators, List<MunicipalityOption> municipalities) {
    }
}
