package de.ssg.lotsenkontor.funding;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.events.EventQueries;
import de.ssg.lotsenkontor.events.EventRow;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.people.CoachQueries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The coaches and events an expense can be linked to, asked of their own features (funding stands
 * above people and events): every coach, and the events of the year, newest first.
 */
public final class ExpenseLinkQueries {

    private final CoachQueries coaches;
    private final EventQueries events;

    public ExpenseLinkQueries(CoachQueries coaches, EventQueries events) {
        this.coaches = coaches;
        this.events = events;
    }

    public List<ExpenseLink> links(int year) {
        List<ExpenseLink> links = new ArrayList<>();
        for (CoachOption c : coaches.options()) {
            links.add(new ExpenseLink(ExpenseLink.Kind.COACH, c.id(), I18n.text("funding.link.coach", c.name())));
        }
        events.events().stream()
                .filter(e -> e.startsOn() != null && e.startsOn().getYear() == year)
                .sorted(Comparator.comparing(EventRow::startsOn).reversed())
                .forEach(e -> links.add(new ExpenseLink(ExpenseLink.Kind.EVENT, e.id(),
                        I18n.text("funding.link.event", e.title(), Formats.date(e.startsOn())))));
        return links;
    }
}
