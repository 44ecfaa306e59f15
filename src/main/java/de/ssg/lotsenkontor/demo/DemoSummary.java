package de.ssg.lotsenkontor.demo;

import de.ssg.lotsenkontor.common.I18n;

/** What the demo data generator created. */
public record DemoSummary(int coaches, int navigators, int participatingMunicipalities, int assignments,
        int sessions, int events, int projects, int contracts, int expenses) {

    public String describe() {
        return I18n.text("demo.summary", coaches, navigators, participatingMunicipalities, sessions, events,
                projects, expenses);
    }
}
