package de.ssg.lotsenkontor.funding;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.events.EventReferences;
import de.ssg.lotsenkontor.people.PersonReferences;
import java.util.List;
import org.hibernate.Session;

/**
 * Funding's answer to "what do you keep about this coach / event?": the receipts linked to it.
 * A coach or event with linked receipts is not deleted, so the links (and their history in the
 * expense log) stay as booked.
 */
public final class ExpenseReferences implements PersonReferences, EventReferences {

    @Override
    public List<String> ofCoach(Session session, long coachId) {
        return linked(session, "coachId", coachId);
    }

    @Override
    public List<String> ofEvent(Session session, long eventId) {
        return linked(session, "eventId", eventId);
    }

    private static List<String> linked(Session session, String field, long id) {
        long count = session.createQuery("SELECT COUNT(e) FROM Expense e WHERE e." + field + " = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        return count == 0 ? List.of() : List.of(I18n.text("funding.references.expenses", count));
    }
}
