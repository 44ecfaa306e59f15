package de.ssg.lotsenkontor.overview.ui;

/** How the Übersicht opens the view behind a number; the app wires it to the shell. */
public interface OverviewNavigation {

    /** Shows an area of the shell ("municipalities", "people", "coaching", "events", "projects", "funding"). */
    void openArea(String areaId);

    /** Shows one municipality in Kommunen. */
    void openMunicipality(long municipalityId);

    /** Does nothing: for tests and while nothing is wired. */
    OverviewNavigation NONE = new OverviewNavigation() {
        @Override
        public void openArea(String areaId) {
        }

        @Override
        public void openMunicipality(long municipalityId) {
        }
    };
}
