package de.ssg.lotsenkontor.coaching;

import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The rows the coaching feature reads (tables, board, coverage, totals): plain records. */
public final class CoachingRows {

    private CoachingRows() {
    }

    /** One coaching session as the table shows it, with everyone coached in it (sorted by name). */
    public record SessionRow(long id, int version, LocalDate date, long coachId, String coach, long municipalityId,
            String municipality, String district, List<SessionNavigator> navigators, BigDecimal hours,
            SessionFormat format, String topic, String note) {

        public SessionRow {
            navigators = List.copyOf(navigators);
        }

        /** The navigators' names, comma-separated, as table and workbook show them. */
        public String navigator() {
            return String.join(", ", navigators.stream().map(SessionNavigator::name).toList());
        }

        public List<Long> navigatorIds() {
            return navigators.stream().map(SessionNavigator::id).toList();
        }
    }

    /** A navigator coached in a session. */
    public record SessionNavigator(long id, String name) {
    }

    /** What the session table is filtered by; null means "all". */
    public record SessionFilter(Long coachId, String districtKey, Long municipalityId, SessionFormat format,
            String topic, LocalDate from, LocalDate until, String search) {

        public static final SessionFilter ALL = new SessionFilter(null, null, null, null, null, null, null, null);

        public static SessionFilter year(int year, Long coachId) {
            return new SessionFilter(coachId, null, null, null, null, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), null);
        }
    }

    /** How the totals are grouped. */
    public enum TotalBy {
        COACH, MUNICIPALITY, DISTRICT, MONTH, YEAR
    }

    /** Sessions and hours of one group. */
    public record Total(String label, long sessions, BigDecimal hours) {
    }

    /** Sessions and hours of one coach in one month (1–12). */
    public record CoachMonth(long coachId, String coach, int month, long sessions, BigDecimal hours) {
    }

    /** A topic of the editable list. */
    public record TopicRow(long id, int version, String name) {
    }

    /** A navigator's card on the assignment board. */
    public record BoardCard(long navigatorId, String navigator, long municipalityId, String municipality,
            String district, String districtKey, Long coachId, LocalDate since) {
    }

    /** One coach's column on the board: their navigators today against their capacity. */
    public record BoardColumn(long coachId, String coach, int capacity, List<String> focusDistrictKeys,
            List<BoardCard> cards) {

        /** assigned / capacity; above 1 when over capacity. */
        public double load() {
            return capacity == 0 ? (cards.isEmpty() ? 0 : Double.POSITIVE_INFINITY) : (double) cards.size() / capacity;
        }
    }

    /** The board: a column per active coach and the active navigators without a coach. */
    public record Board(List<BoardColumn> coaches, List<BoardCard> withoutCoach) {
    }

    /** One assignment of a navigator's history. */
    public record HistoryRow(long assignmentId, String coach, LocalDate from, LocalDate until, String endReason) {
    }

    /** Coverage of one district on a day, and how many were reached on the comparison day. */
    public record CoverageRow(String districtKey, String district, int municipalities, int participating,
            int withNavigator, int viaAssociation, long population, long populationReached, int reachedBefore) {

        public int reached() {
            return withNavigator + viaAssociation;
        }

        public double shareMunicipalities() {
            return municipalities == 0 ? 0 : (double) reached() / municipalities;
        }

        public double sharePopulation() {
            return population == 0 ? 0 : (double) populationReached / population;
        }

        public int change() {
            return reached() - reachedBefore;
        }
    }

    /** A municipality in one of the coverage lists. */
    public record CoverageMunicipality(long id, String name, String district, long population, String association) {
    }

    /** How a municipality is reached on a day: its own navigator, one of its association, or not at all. */
    public enum Reach {
        OWN, ASSOCIATION, NONE
    }

    /** One municipality with its participation and how it is reached, for the filtered coverage list. */
    public record MunicipalityReach(long id, String name, String districtKey, String district, long population,
            String association, ParticipationStatus participation, Reach reach) {

        /** Participating as the coverage counts it (status "aktiv"). */
        public boolean participating() {
            return participation == ParticipationStatus.AKTIV;
        }

        public boolean reached() {
            return reach != Reach.NONE;
        }
    }
}
