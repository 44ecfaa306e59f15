package de.ssg.lotsenkontor.demo;

import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A municipality that takes part in the fictional programme, with its dated participation history. */
final class DemoParticipant {

    private final DemoMunicipality municipality;
    private final List<Entry> history = new ArrayList<>();
    private List<DemoPeriod> activePeriods;

    DemoParticipant(DemoMunicipality municipality) {
        this.municipality = municipality;
    }

    DemoMunicipality municipality() {
        return municipality;
    }

    /** Adds the next entry; entries come in chronological order. */
    void add(ParticipationStatus status, LocalDate from, String note) {
        history.add(new Entry(status, from, note));
        activePeriods = null;
    }

    List<Entry> history() {
        return history;
    }

    ParticipationStatus status() {
        return history.get(history.size() - 1).status();
    }

    /** Whether the municipality ever was active (and so may have navigators). */
    boolean wasActive() {
        return activeFrom() != null;
    }

    /** The first day on which it was active, or null. */
    LocalDate activeFrom() {
        return history.stream().filter(e -> e.status() == ParticipationStatus.AKTIV).map(Entry::from).findFirst()
                .orElse(null);
    }

    /** The day it left the programme, or null. */
    LocalDate leftOn() {
        return status() == ParticipationStatus.AUSGESCHIEDEN ? history.get(history.size() - 1).from() : null;
    }

    /** The periods in which it was active, up to {@link DemoCalendar#END}. */
    List<DemoPeriod> activePeriods() {
        if (activePeriods == null) {
            activePeriods = List.copyOf(computeActivePeriods());
        }
        return activePeriods;
    }

    private List<DemoPeriod> computeActivePeriods() {
        List<DemoPeriod> periods = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Entry e = history.get(i);
            if (e.status() == ParticipationStatus.AKTIV) {
                LocalDate until = i + 1 < history.size() ? history.get(i + 1).from().minusDays(1) : DemoCalendar.END;
                if (!until.isBefore(e.from())) {
                    periods.add(new DemoPeriod(e.from(), until));
                }
            }
        }
        return periods;
    }

    /** The last day of its last active period, or null. */
    LocalDate lastActiveDay() {
        List<DemoPeriod> periods = activePeriods();
        return periods.isEmpty() ? null : periods.get(periods.size() - 1).until();
    }

    boolean activeOn(LocalDate day) {
        return activePeriods().stream().anyMatch(p -> p.contains(day));
    }

    /** One dated status of the history. */
    record Entry(ParticipationStatus status, LocalDate from, String note) {
    }
}
