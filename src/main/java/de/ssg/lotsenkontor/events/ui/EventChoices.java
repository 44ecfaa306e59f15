package de.ssg.lotsenkontor.events.ui;

import de.ssg.lotsenkontor.events.EventRow;
import de.ssg.lotsenkontor.events.ModuleRow;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.people.NavigatorRow;
import java.util.List;

/** What the events area reads in one go: the events and the choices of filters and forms. */
public record EventChoices(List<EventRow> events, List<ModuleRow> modules, List<CoachOption> coaches,
        List<DistrictOption> districts, List<NavigatorRow> navigators, List<MunicipalityOption> municipalities) {
}
