package de.ssg.lotsenkontor.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.coaching.CoachingRows.Board;
import de.ssg.lotsenkontor.coaching.CoachingRows.CoverageRow;
import de.ssg.lotsenkontor.coaching.CoachingRows.SessionFilter;
import de.ssg.lotsenkontor.coaching.CoachingRows.Total;
import de.ssg.lotsenkontor.coaching.CoachingRows.TotalBy;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.municipality.Municipality;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.people.Coach;
import de.ssg.lotsenkontor.people.Navigator;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.storage.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoachingSessionsTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 12);

    @TempDir
    Path folder;

    private Database db;
    private CoachingService service;
    private CoachingQueries queries;
    private long anna;
    private long left;
    private long nora;
    private long noraTown;
    private long otherTown;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        ReferenceData.loadIfEmpty(db);
        service = new CoachingService(db, Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
        queries = new CoachingQueries(db);
        db.inTransactionDo(s -> {
            Coach a = new Coach("Anna", "Lotsenfeld", 1, LocalDate.of(2021, 1, 1));
            Coach b = new Coach("Bernd", "Wegweiser", 30, LocalDate.of(2021, 1, 1));
            b.setActiveUntil(LocalDate.of(2024, 12, 31));
            s.persist(a);
            s.persist(b);
            Municipality m = s.createSelectionQuery("from Municipality m where m.ags = '14521010'", Municipality.class)
                    .getSingleResult();
            Municipality o = s.createSelectionQuery("from Municipality m where m.ags <> '14521010' order by m.ags",
                    Municipality.class).setMaxResults(1).getSingleResult();
            Navigator n = new Navigator("Nora", "Beispiel", m, NavigatorStatus.AKTIV, LocalDate.of(2022, 1, 1));
            s.persist(n);
            s.flush();
            anna = a.getId();
            left = b.getId();
            nora = n.getId();
            noraTown = m.getId();
            otherTown = o.getId();
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SessionInput input(LocalDate day, long coach, String hours) {
        return new SessionInput(day, coach, noraTown, nora, new BigDecimal(hours), SessionFormat.ONLINE, "E-Akte",
                "Aktenplan besprochen");
    }

    @Test
    void aSessionIsRecordedChangedAndDeletedWithItsVersion() {
        long id = service.recordSession(input(TODAY, anna, "1.25"));
        var row = queries.sessions(SessionFilter.ALL).get(0);
        assertThat(row.id()).isEqualTo(id);
        assertThat(row.hours()).isEqualByComparingTo("1.25");
        assertThat(row.coach()).isEqualTo("Anna Lotsenfeld");

        service.updateSession(id, row.version(), input(TODAY.minusDays(1), anna, "2"));
        assertThatThrownBy(() -> service.updateSession(id, row.version(), input(TODAY, anna, "3")))
                .isInstanceOf(ConcurrentChangeException.class);
        var changed = queries.sessions(SessionFilter.ALL).get(0);
        assertThat(changed.hours()).isEqualByComparingTo("2");
        assertThat(changed.date()).isEqualTo(TODAY.minusDays(1));

        assertThatThrownBy(() -> service.deleteSession(id, row.version())).isInstanceOf(ConcurrentChangeException.class);
        service.deleteSession(id, changed.version());
        assertThat(queries.sessions(SessionFilter.ALL)).isEmpty();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> service.recordSession(input(TODAY, anna, "0"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Dauer");
        assertThatThrownBy(() -> service.recordSession(input(TODAY, anna, "-1"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.recordSession(input(TODAY, anna, "1.1")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Viertelstunden");
        assertThatThrownBy(() -> service.recordSession(input(TODAY.plusYears(1).plusDays(1), anna, "1")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Datum");
        assertThatThrownBy(() -> service.recordSession(input(TODAY, left, "1")))
                .isInstanceOf(DomainException.class).hasMessageContaining("nicht aktiv");
        assertThatThrownBy(() -> service.recordSession(new SessionInput(TODAY, anna, otherTown, nora,
                BigDecimal.ONE, SessionFormat.TELEFON, "E-Akte", null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("Nora Beispiel");
        assertThat(queries.sessions(SessionFilter.ALL)).isEmpty();
        // the coach who left may still get sessions of the days they were active
        service.recordSession(input(LocalDate.of(2024, 12, 31), left, "0.75"));
        assertThat(queries.sessions(SessionFilter.ALL)).hasSize(1);
    }

    @Test
    void totalsComeFromTheDatabaseAndMatchAPlainSum() {
        service.recordSession(input(LocalDate.of(2024, 1, 10), anna, "1.5"));
        service.recordSession(input(LocalDate.of(2024, 1, 20), anna, "2.25"));
        service.recordSession(input(LocalDate.of(2024, 5, 2), left, "0.25"));
        service.recordSession(input(LocalDate.of(2025, 2, 2), anna, "3"));

        List<Total> months = queries.totals(TotalBy.MONTH, SessionFilter.ALL);
        assertThat(months).extracting(Total::label).containsExactly("2024-01", "2024-05", "2025-02");
        assertThat(months.get(0).hours()).isEqualByComparingTo("3.75");
        assertThat(months.get(0).sessions()).isEqualTo(2);
        assertThat(queries.totals(TotalBy.COACH, SessionFilter.year(2024, null)))
                .extracting(Total::label, t -> t.hours().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lotsenfeld, Anna", "3.75"),
                        org.assertj.core.groups.Tuple.tuple("Wegweiser, Bernd", "0.25"));
        assertThat(queries.hoursByYear()).containsEntry(2024, new BigDecimal("4.00")).containsEntry(2025,
                new BigDecimal("3.00"));
        assertThat(queries.totalHours()).isEqualTo(plainSum());
        assertThat(queries.coachMonths(2024, anna)).singleElement()
                .satisfies(m -> assertThat(m.month()).isEqualTo(1));
        assertThat(queries.sessions(new SessionFilter(null, null, null, null, null, null, null, "wegweiser")))
                .hasSize(1);
    }

    @Test
    void theMonthTotalsFollowEveryRecordChangeAndDeleteAndEqualTheSessionsGrouped() {
        long first = service.recordSession(new SessionInput(LocalDate.of(2024, 3, 4), anna, noraTown, nora,
                new BigDecimal("1.5"), SessionFormat.ONLINE, "E-Akte", null));
        service.recordSession(new SessionInput(LocalDate.of(2024, 3, 20), anna, noraTown, nora,
                new BigDecimal("2"), SessionFormat.VOR_ORT, "E-Akte", null));
        long third = service.recordSession(new SessionInput(LocalDate.of(2024, 5, 2), left, noraTown, nora,
                new BigDecimal("0.75"), SessionFormat.TELEFON, "OZG-Leistungen", null));
        assertThat(queries.coachMonths(2024, null)).extracting(m -> m.coach() + " " + m.month() + " " + m.sessions()
                + " " + m.hours()).containsExactly("Anna Lotsenfeld 3 2 3.50", "Bernd Wegweiser 5 1 0.75");
        // moved to another coach and month: both cells change
        var row = queries.sessions(SessionFilter.ALL).stream().filter(r -> r.id() == first).findFirst().orElseThrow();
        service.updateSession(first, row.version(), new SessionInput(LocalDate.of(2024, 5, 6), left, noraTown, nora,
                new BigDecimal("1.5"), SessionFormat.ONLINE, "E-Akte", null));
        assertThat(queries.coachMonths(2024, null)).extracting(m -> m.coach() + " " + m.month() + " " + m.sessions()
                + " " + m.hours()).containsExactly("Anna Lotsenfeld 3 1 2.00", "Bernd Wegweiser 5 2 2.25");
        var stored = queries.sessions(SessionFilter.ALL).stream().filter(r -> r.id() == third).findFirst()
                .orElseThrow();
        service.deleteSession(third, stored.version());
        assertThat(queries.coachMonths(2024, left)).extracting(m -> m.month() + " " + m.sessions() + " " + m.hours())
                .containsExactly("5 1 1.50");
        // a refused change leaves the totals as they were
        assertThatThrownBy(() -> service.recordSession(new SessionInput(LocalDate.of(2024, 3, 5), anna, noraTown,
                nora, new BigDecimal("1.1"), SessionFormat.ONLINE, "E-Akte", null)))
                .isInstanceOf(ValidationException.class);
        // and they are exactly the sessions grouped
        assertThat(queries.coachMonths(2024, null)).extracting(m -> m.coachId() + " " + m.month() + " "
                + m.sessions() + " " + m.hours()).containsExactlyInAnyOrderElementsOf(db.withConnection(c -> {
                    List<String> grouped = new java.util.ArrayList<>();
                    try (PreparedStatement q = c.prepareStatement("""
                            SELECT coach_id, EXTRACT(MONTH FROM session_date), COUNT(*), SUM(hours)
                              FROM coaching_session WHERE EXTRACT(YEAR FROM session_date) = 2024
                             GROUP BY coach_id, EXTRACT(MONTH FROM session_date)""");
                            ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            grouped.add(rs.getLong(1) + " " + rs.getInt(2) + " " + rs.getLong(3) + " "
                                    + rs.getBigDecimal(4).setScale(2));
                        }
                    }
                    return grouped;
                }));
    }

    @Test
    void boardAndCoverageShowTheAssignmentAndTheReachedMunicipality() {
        Board before = queries.board(TODAY);
        assertThat(before.withoutCoach()).extracting(c -> c.navigatorId()).containsExactly(nora);
        service.assign(anna, nora, LocalDate.of(2024, 1, 1), null);
        Board after = queries.board(TODAY);
        assertThat(after.withoutCoach()).isEmpty();
        assertThat(after.coaches()).filteredOn(c -> c.coachId() == anna).singleElement()
                .satisfies(c -> assertThat(c.load()).isEqualTo(1.0));
        service.assign(left, nora, LocalDate.of(2024, 6, 1), null);
        assertThat(queries.history(nora)).hasSize(2).first().satisfies(h -> assertThat(h.endReason()).isNull());
        assertThat(queries.history(nora).get(1).endReason()).contains("Bernd Wegweiser");
        assertThat(queries.history(nora).get(1).until()).isEqualTo(LocalDate.of(2024, 5, 31));

        List<CoverageRow> coverage = queries.coverage(TODAY, LocalDate.of(2021, 6, 1));
        int municipalities = coverage.stream().mapToInt(CoverageRow::municipalities).sum();
        assertThat(municipalities).isEqualTo(count("SELECT COUNT(*) FROM municipality WHERE dissolved_on IS NULL"));
        assertThat(coverage.stream().mapToInt(CoverageRow::reached).sum()).isEqualTo(1);
        assertThat(coverage.stream().mapToInt(CoverageRow::change).sum()).isEqualTo(1);
        assertThat(queries.participatingWithoutNavigator(TODAY)).hasSize((int) count(
                "SELECT COUNT(*) FROM municipality WHERE participation_status = 'AKTIV' AND id <> " + noraTown));
        assertThat(queries.nextSteps(TODAY)).allSatisfy(m -> assertThat(m.id()).isNotEqualTo(noraTown));
    }

    private long count(String sql) {
        return db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private BigDecimal plainSum() {
        return db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT SUM(hours) FROM coaching_session");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1).setScale(2);
            }
        });
    }
}
