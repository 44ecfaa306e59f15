package de.ssg.lotsenkontor.projects.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.projects.ProjectChange;
import de.ssg.lotsenkontor.projects.ProjectDetails;
import de.ssg.lotsenkontor.ui.DetailFormModel;
import de.ssg.lotsenkontor.ui.InputCheck;
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

/**
 * The project form: every field of a local project as typed (dates as text), checked on every
 * change with messages naming the field, turned into a {@link ProjectChange} with the version the
 * form read (a change by someone else meanwhile is refused by the service). The status is not
 * edited here; it moves through the workflow.
 */
public final class ProjectFormModel extends DetailFormModel<ProjectDetails> {

    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<Long> municipalityId = new SimpleObjectProperty<>();
    final ObservableList<Long> navigatorIds = FXCollections.observableArrayList();
    final ObjectProperty<Long> contactId = new SimpleObjectProperty<>();
    final ObjectProperty<Long> coachId = new SimpleObjectProperty<>();
    final StringProperty topic = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");
    final StringProperty outcome = new SimpleStringProperty("");
    final StringProperty startedOn = new SimpleStringProperty("");
    final StringProperty finishedOn = new SimpleStringProperty("");
    final BooleanProperty bestPractice = new SimpleBooleanProperty(false);

    public ProjectFormModel() {
        watch(title, municipalityId, navigatorIds, contactId, coachId, topic, description, outcome, startedOn,
                finishedOn, bestPractice);
    }

    @Override
    protected void fill(ProjectDetails d) {
        title.set(d == null ? "" : d.title());
        municipalityId.set(d == null ? null : d.municipalityId());
        navigatorIds.setAll(d == null ? List.of() : d.navigatorIds());
        contactId.set(d == null ? null : d.contactNavigatorId());
        coachId.set(d == null ? null : d.coachId());
        topic.set(d == null || d.topic() == null ? "" : d.topic());
        description.set(d == null || d.description() == null ? "" : d.description());
        outcome.set(d == null || d.outcome() == null ? "" : d.outcome());
        startedOn.set(d == null ? "" : Formats.date(d.startedOn()));
        finishedOn.set(d == null ? "" : Formats.date(d.finishedOn()));
        bestPractice.set(d != null && d.bestPractice());
    }

    @Override
    protected boolean differsFrom(ProjectDetails d) {
        ProjectChange c = change();
        return !Objects.equals(c.title(), d.title()) || !Objects.equals(c.municipalityId(), d.municipalityId())
                || !c.navigatorIds().equals(d.navigatorIds())
                || !Objects.equals(c.contactNavigatorId(), d.contactNavigatorId())
                || !Objects.equals(c.coachId(), d.coachId()) || !Objects.equals(c.topic(), d.topic())
                || !Objects.equals(c.description(), d.description()) || !Objects.equals(c.outcome(), d.outcome())
                || !Objects.equals(c.startedOn(), d.startedOn()) || !Objects.equals(c.finishedOn(), d.finishedOn())
                || c.bestPractice() != d.bestPractice()
                // a date typed wrongly reads as none: still a change to keep
                || !startedOn.get().strip().equals(Formats.date(d.startedOn()))
                || !finishedOn.get().strip().equals(Formats.date(d.finishedOn()));
    }

    @Override
    protected boolean differsFromNew() {
        return !title.get().isBlank() || municipalityId.get() != null || !topic.get().isBlank()
                || !description.get().isBlank();
    }

    @Override
    protected List<Violation> findViolations() {
        InputCheck input = new InputCheck();
        input.date(startedOn.get(), "projects.field.startedOn");
        input.date(finishedOn.get(), "projects.field.finishedOn");
        return input.andRules(change().validate());
    }

    /** The typed input as a change of the shown project (or a new one). */
    public ProjectChange change() {
        ProjectDetails d = detailsProperty().get();
        Long contact = contactId.get() != null && navigatorIds.contains(contactId.get()) ? contactId.get() : null;
        return new ProjectChange(d == null ? null : d.id(), d == null ? 0 : d.version(), clean(title.get()),
                municipalityId.get(), List.copyOf(navigatorIds), contact, coachId.get(), clean(topic.get()),
                clean(description.get()), clean(outcome.get()), Formats.parseDate(startedOn.get()).orElse(null),
                Formats.parseDate(finishedOn.get()).orElse(null), bestPractice.get());
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Long> municipalityIdProperty() {
        return municipalityId;
    }

    public ObservableList<Long> navigatorIds() {
        return navigatorIds;
    }

    public ObjectProperty<Long> contactIdProperty() {
        return contactId;
    }

    public ObjectProperty<Long> coachIdProperty() {
        return coachId;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public StringProperty startedOnProperty() {
        return startedOn;
    }

    public StringProperty finishedOnProperty() {
        return finishedOn;
    }

    public BooleanProperty bestPracticeProperty() {
        return bestPractice;
    }
}
