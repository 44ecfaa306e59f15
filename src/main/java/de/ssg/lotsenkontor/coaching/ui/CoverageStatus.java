package de.ssg.lotsenkontor.coaching.ui;

import de.ssg.lotsenkontor.coaching.CoachingRows.MunicipalityReach;
import de.ssg.lotsenkontor.coaching.CoachingRows.Reach;
import java.util.function.Predicate;

/** The status filter of the tab "Abdeckung": which municipalities (and the districts that have such) are shown. */
public enum CoverageStatus {
    ALL(m -> true),
    PARTICIPATING(MunicipalityReach::participating),
    PARTICIPATING_UNCOVERED(m -> m.participating() && !m.reached()),
    NOT_PARTICIPATING(m -> !m.participating()),
    REACHED_OWN(m -> m.reach() == Reach.OWN),
    REACHED_ASSOCIATION(m -> m.reach() == Reach.ASSOCIATION),
    UNCOVERED(m -> !m.reached());

    private final Predicate<MunicipalityReach> test;

    CoverageStatus(Predicate<MunicipalityReach> test) {
        this.test = test;
    }

    public boolean test(MunicipalityReach m) {
        return test.test(m);
    }
}
