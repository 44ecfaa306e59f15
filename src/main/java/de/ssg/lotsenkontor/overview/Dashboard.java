package de.ssg.lotsenkontor.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the Übersicht shows, read in one go off the JavaFX thread. Figures whose source is not
 * available are empty ({@link Optional#empty()}); the dashboard shows "—" for them.
 *
 * @param today the day the figures are for; "this year" is its calendar year
 */
public record Dashboard(LocalDate today, Figures figures, List<DistrictLine> districts, List<SizeLine> sizes,
        long[] sessionsPerMonth, Optional<DashboardSources.EventFigures> events,
        Optional<DashboardSources.ProjectFigures> projects, Optional<DashboardSources.BudgetFigures> budget,
        Optional<DashboardSources.Deadline> nextProofDeadline, Optional<List<DashboardSources.CategoryLine>> planVsSpent,
        List<MunicipalityLine> municipalities) {

    /**
     * The counts the dashboard's first tiles show.
     *
     * @param activeCoaches     coaches whose active period contains today
     * @param activeNavigators  navigators not INAKTIV and not left before today
     * @param municipalities    municipalities not dissolved (418)
     * @param reached           municipalities with an active navigator working there or serving them
     * @param reachedDirectly   of these, with an active navigator working there
     * @param districts         all districts (13)
     * @param districtsReached  districts with at least one active navigator working in them
     * @param sessionsThisYear  coaching sessions dated this calendar year
     * @param hoursThisYear     their hours, scale 2
     */
    public record Figures(long activeCoaches, long activeNavigators, long municipalities, long reached,
            long reachedDirectly, long districts, long districtsReached, long sessionsThisYear,
            BigDecimal hoursThisYear) {

        /** Reached municipalities as a share 0–1 of all; 0 without municipalities. */
        public double reachedShare() {
            return municipalities == 0 ? 0 : (double) reached / municipalities;
        }
    }

    /** One district: its municipalities, how many take part (AKTIV or PAUSIERT) and how many are reached. */
    public record DistrictLine(String key, String name, long municipalities, long participating, long reached,
            long navigators) {
    }

    /** One size class ({@code SizeClass} name): municipalities and reached ones. */
    public record SizeLine(String sizeClass, long municipalities, long reached) {
    }

    /** How a municipality is covered by navigators. */
    public enum Coverage {
        /** an active navigator works there */
        REACHED,
        /** an active navigator of its association (or another municipality) serves it */
        THROUGH_ASSOCIATION,
        /** no active navigator */
        NOT_REACHED
    }

    /**
     * One municipality for the map and the district report.
     *
     * @param status     participation status name ({@code ParticipationStatus})
     * @param navigators names of the active navigators working there or serving it
     * @param coaches    names of the coaches looking after these navigators today
     */
    public record MunicipalityLine(long id, String ags, String name, String districtKey, String district,
            String status, int population, Coverage coverage, List<String> navigators, List<String> coaches) {
    }

    /** The municipalities by AGS. */
    public Map<String, MunicipalityLine> byAgs() {
        Map<String, MunicipalityLine> out = new java.util.LinkedHashMap<>();
        municipalities.forEach(m -> out.put(m.ags(), m));
        return out;
    }
}
