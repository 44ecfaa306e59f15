package de.ssg.lotsenkontor.overview;

import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import de.ssg.lotsenkontor.storage.Database;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;

/** Counts across the whole programme, read in one transaction. */
public class ProgrammeStatistics {

    private final Database database;
    private final Clock clock;

    public ProgrammeStatistics(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public ProgrammeFigures figures() {
        LocalDate today = LocalDate.now(clock);
        return database.read(session -> new ProgrammeFigures(
                count(session, "select count(*) from District"),
                count(session, "select count(*) from Municipality m where m.dissolvedOn is null"),
                session.createSelectionQuery(
                        "select count(*) from Municipality m where m.participationStatus in :s and m.dissolvedOn is null",
                        Long.class)
                        .setParameter("s", List.of(ParticipationStatus.AKTIV, ParticipationStatus.PAUSIERT))
                        .getSingleResult(),
                count(session, "select count(*) from Coach"),
                count(session, "select count(*) from Navigator"),
                session.createSelectionQuery("""
                        select count(*) from CoachingAssignment a
                        where a.validFrom <= :day and (a.validUntil is null or a.validUntil >= :day)""", Long.class)
                        .setParameter("day", today)
                        .getSingleResult(),
                count(session, "select count(*) from CoachingSession"),
                count(session, "select count(*) from Event"),
                count(session, "select count(*) from LocalProject"),
                count(session, "select count(*) from Expense"),
                session.createSelectionQuery("select coalesce(sum(e.grossAmount), 0) from Expense e", BigDecimal.class)
                        .getSingleResult().setScale(2)));
    }

    private static long count(Session session, String hql) {
        return session.createSelectionQuery(hql, Long.class).getSingleResult();
    }
}
