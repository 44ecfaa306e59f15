package de.ssg.lotsenkontor.events.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.events.EventChange;
import de.ssg.lotsenkontor.events.EventDetails;
import de.ssg.lotsenkontor.events.EventType;
import de.ssg.lotsenkontor.ui.DetailFormModel;
import de.ssg.lotsenkontor.ui.InputCheck;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The event form: typed input as text, checked on every change, turned into an {@link EventChange}. */
public final class EventFormModel extends DetailFormModel<EventDetails> {

    final ObjectProperty<EventType> type = new SimpleObjectProperty<>(EventType.KURS);
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<Long> moduleId = new SimpleObjectProperty<>();
    final StringProperty startsOn = new SimpleStringProperty("");
    final StringProperty endsOn = new SimpleStringProperty("");
    final StringProperty startsAt = new SimpleStringProperty("");
    final StringProperty endsAt = new SimpleStringProperty("");
    final StringProperty location = new SimpleStringProperty("");
    final BooleanProperty online = new SimpleBooleanProperty(false);
    final StringProperty onlineLink = new SimpleStringProperty("");
    final ObservableList<Long> trainerIds = FXCollections.observableArrayList();
    final StringProperty capacity = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");

    public EventFormModel() {
        watch(type, title, moduleId, startsOn, endsOn, startsAt, endsAt, location, online, onlineLink, trainerIds,
                capacity, notes);
    }

    @Override
    protected void fill(EventDetails d) {
        type.set(d == null ? EventType.KURS : d.type());
        title.set(d == null ? "" : d.title());
        moduleId.set(d == null ? null : d.moduleId());
        startsOn.set(d == null ? "" : Formats.date(d.startsOn()));
        endsOn.set(d == null ? "" : Formats.date(d.endsOn()));
        startsAt.set(d == null || d.startsAt() == null ? "" : d.startsAt().toString());
        endsAt.set(d == null || d.endsAt() == null ? "" : d.endsAt().toString());
        location.set(d == null || d.location() == null ? "" : d.location());
        online.set(d != null && d.online());
        onlineLink.set(d == null || d.onlineLink() == null ? "" : d.onlineLink());
        trainerIds.setAll(d == null ? List.of() : d.trainerIds());
        capacity.set(d == null || d.capacity() == null ? "" : String.valueOf(d.capacity()));
        notes.set(d == null || d.notes() == null ? "" : d.notes());
    }

    @Override
    protected boolean differsFrom(EventDetails d) {
        EventChange c = change();
        return c.type() != d.type() || !Objects.equals(c.title(), d.title())
                || !Objects.equals(c.moduleId(), d.moduleId()) || !Objects.equals(c.startsOn(), d.startsOn())
                || !Objects.equals(c.endsOn(), d.endsOn()) || !Objects.equals(c.startsAt(), d.startsAt())
                || !Objects.equals(c.endsAt(), d.endsAt()) || !Objects.equals(c.location(), d.location())
                || c.online() != d.online() || !Objects.equals(c.onlineLink(), d.onlineLink())
                || !c.trainerIds().equals(d.trainerIds()) || !Objects.equals(c.capacity(), d.capacity())
                || !Objects.equals(c.notes(), d.notes());
    }

    @Override
    protected boolean differsFromNew() {
        return !title.get().isBlank() || !startsOn.get().isBlank();
    }

    @Override
    protected List<Violation> findViolations() {
        InputCheck input = new InputCheck();
        input.date(startsOn.get(), "events.field.startsOn");
        input.date(endsOn.get(), "events.field.endsOn");
        List<Violation> more = new ArrayList<>();
        time(startsAt.get(), "events.field.startsAt", more);
        time(endsAt.get(), "events.field.endsAt", more);
        if (!capacity.get().isBlank() && Formats.parseInteger(capacity.get()).isEmpty()) {
            more.add(new Violation("events.field.capacity", "events.ui.notANumber"));
        }
        more.addAll(change().validate());
        return input.andRules(more);
    }

    private static void time(String text, String field, List<Violation> out) {
        if (!text.isBlank() && parseTime(text) == null) {
            out.add(new Violation(field, "events.ui.notATime"));
        }
    }

    static LocalTime parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().replace('.', ':');
        if (t.matches("\\d{1,2}")) {
            t = t + ":00";
        }
        if (t.matches("\\d:\\d{2}")) {
            t = "0" + t;
        }
        try {
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The typed input as a change of the shown event (or a new one). */
    public EventChange change() {
        EventDetails d = detailsProperty().get();
        Integer cap = capacity.get().isBlank() ? null : Formats.parseInteger(capacity.get()).map(Long::intValue)
                .orElse(null);
        return new EventChange(d == null ? null : d.id(), d == null ? 0 : d.version(), type.get(), clean(title.get()),
                type.get() == EventType.KURS ? moduleId.get() : null, Formats.parseDate(startsOn.get()).orElse(null),
                Formats.parseDate(endsOn.get()).orElse(null), parseTime(startsAt.get()), parseTime(endsAt.get()),
                clean(location.get()), online.get(), clean(onlineLink.get()), List.copyOf(trainerIds), cap,
                clean(notes.get()));
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public ObjectProperty<EventType> typeProperty() {
        return type;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Long> moduleIdProperty() {
        return moduleId;
    }

    public StringProperty startsOnProperty() {
        return startsOn;
    }

    public StringProperty endsOnProperty() {
        return endsOn;
    }

    public StringProperty startsAtProperty() {
        return startsAt;
    }

    public StringProperty endsAtProperty() {
        return endsAt;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public BooleanProperty onlineProperty() {
        return online;
    }

    public StringProperty onlineLinkProperty() {
        return onlineLink;
    }

    public ObservableList<Long> trainerIds() {
        return trainerIds;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
