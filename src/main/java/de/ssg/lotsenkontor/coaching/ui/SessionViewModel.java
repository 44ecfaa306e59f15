package de.ssg.lotsenkontor.coaching.ui;

import de.ssg.lotsenkontor.coaching.CoachingHoursReport;
import de.ssg.lotsenkontor.coaching.CoachingQueries;
import de.ssg.lotsenkontor.coaching.CoachingRows.SessionFilter;
import de.ssg.lotsenkontor.coaching.CoachingRows.SessionRow;
import de.ssg.lotsenkontor.coaching.CoachingRows.TopicRow;
import de.ssg.lotsenkontor.coaching.CoachingRows.Total;
import de.ssg.lotsenkontor.coaching.CoachingRows.TotalBy;
import de.ssg.lotsenkontor.coaching.CoachingService;
import de.ssg.lotsenkontor.coaching.SessionFormat;
import de.ssg.lotsenkontor.coaching.SessionInput;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.NavigatorQueries;
import de.ssg.lotsenkontor.people.NavigatorQueries.MunicipalityNavigator;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.Printable;
import de.ssg.lotsenkontor.ui.DialogPort;
import de.ssg.lotsenkontor.ui.TableExportCommand;
import de.ssg.lotsenkontor.ui.TaskRunner;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tab "Coaching-Termine": the session table with its filters and totals, and the form with
 * fast entry (today, the coach of the chosen navigator, the last format; ready for the next
 * session after saving), edit and delete with confirmation. Needs no toolkit.
 */
public class SessionViewModel {

    /** Everything the choices of form and filters offer, read in one go. */
    public record Choices(List<CoachOption> coaches, List<MunicipalityOption> municipalities,
            List<DistrictOption> districts, List<TopicRow> topics, SessionFormat lastFormat) {
    }

    private record Loaded(List<SessionRow> rows, List<Total> totals) {
    }

    private final CoachingQueries queries;
    private final CoachingService service;
    private final CoachQueries coachQueries;
    private final MunicipalityQueries municipalityQueries;
    private final NavigatorQueries navigatorQueries;
    private final TaskRunner tasks;
    private final DialogPort dialogs;
    private final Clock clock;

    private final ObservableList<SessionRow> rows = FXCollections.observableArrayList();
    private final TableExportCommand<SessionRow> exportTable;
    private final ObservableList<Total> totals = FXCollections.observableArrayList();
    private final ObservableList<CoachOption> coaches = FXCollections.observableArrayList();
    private final ObservableList<MunicipalityOption> municipalities = FXCollections.observableArrayList();
    private final ObservableList<DistrictOption> districts = FXCollections.observableArrayList();
    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final ObservableList<TopicRow> topicRows = FXCollections.observableArrayList();
    private final ObservableList<MunicipalityNavigator> navigators = FXCollections.observableArrayList();

    // the form
    private final StringProperty dateText = new SimpleStringProperty("");
    private final ObjectProperty<CoachOption> coach = new SimpleObjectProperty<>();
    private final ObjectProperty<MunicipalityOption> municipality = new SimpleObjectProperty<>();
    /** Everyone coached in the session (one or more), chosen from {@link #navigators()}. */
    private final ObservableList<MunicipalityNavigator> chosenNavigators = FXCollections.observableArrayList();
    private final StringProperty hoursText = new SimpleStringProperty("");
    private final ObjectProperty<SessionFormat> format = new SimpleObjectProperty<>(SessionFormat.VOR_ORT);
    private final StringProperty topic = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<SessionRow> editing = new SimpleObjectProperty<>();

    // filters and totals
    private final ObjectProperty<CoachOption> filterCoach = new SimpleObjectProperty<>();
    private final ObjectProperty<DistrictOption> filterDistrict = new SimpleObjectProperty<>();
    private final ObjectProperty<MunicipalityOption> filterMunicipality = new SimpleObjectProperty<>();
    private final ObjectProperty<SessionFormat> filterFormat = new SimpleObjectProperty<>();
    private final StringProperty filterTopic = new SimpleStringProperty();
    private final StringProperty filterFrom = new SimpleStringProperty("");
    private final StringProperty filterUntil = new SimpleStringProperty("");
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<TotalBy> totalBy = new SimpleObjectProperty<>(TotalBy.COACH);

    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Command save;
    private final Command delete;
    private final Command newSession;
    private final Command reload;
    private final ObjectProperty<Integer> hoursYear = new SimpleObjectProperty<>();
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private final Command exportHours;
    private SessionFormat lastFormat = SessionFormat.VOR_ORT;
    private Runnable changed = () -> { };
    private Consumer<String> status = text -> { };
    private Runnable formReady = () -> { };

    public SessionViewModel(CoachingQueries queries, CoachingService service, CoachQueries coachQueries,
            MunicipalityQueries municipalityQueries, NavigatorQueries navigatorQueries, TaskRunner tasks,
            DialogPort dialogs, Clock clock) {
        this.queries = queries;
        this.service = service;
        this.coachQueries = coachQueries;
        this.municipalityQueries = municipalityQueries;
        this.navigatorQueries = navigatorQueries;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.save = new Command(Bindings.createBooleanBinding(() -> true), busy, this::doSave);
        this.delete = new Command(editing.isNotNull(), busy, this::doDelete);
        this.newSession = new Command(Bindings.createBooleanBinding(() -> true), busy, this::clearForm);
        this.reload = new Command(Bindings.createBooleanBinding(() -> true), busy, this::load);
        this.hoursYear.set(LocalDate.now(clock).getYear());
        this.exportHours = new Command(hoursYear.isNotNull(), exporting, this::doExportHours);
        this.exportTable = new TableExportCommand<>(tasks, dialogs, clock, () -> I18n.text("coachingui.tab.sessions"),
                () -> I18n.text("coachingui.session.count", rows.size()));
        municipality.addListener((obs, was, is) -> loadNavigators(is));
        chosenNavigators.addListener((javafx.collections.ListChangeListener<MunicipalityNavigator>) c -> {
            if (!chosenNavigators.isEmpty()) {
                proposeCoach(chosenNavigators.get(0));
            }
        });
        totalBy.addListener((obs, was, is) -> loadRows());
        clearForm();
    }

    /** Reads choices, table and totals. */
    public void load() {
        busy.set(true);
        tasks.run(I18n.text("coachingui.session.loading"), p -> new Choices(coachQueries.options(),
                municipalityQueries.options().stream().filter(m -> !m.dissolved()).toList(),
                municipalityQueries.districts(), queries.topics(), queries.lastFormat()), c -> {
                    busy.set(false);
                    coaches.setAll(c.coaches());
                    municipalities.setAll(c.municipalities());
                    districts.setAll(c.districts());
                    topicRows.setAll(c.topics());
                    topics.setAll(c.topics().stream().map(TopicRow::name).toList());
                    lastFormat = c.lastFormat();
                    if (editing.get() == null && !dirty()) {
                        format.set(lastFormat);
                    }
                    loadRows();
                }, this::failed);
    }

    /** Reads table and totals with the filters as they are. */
    public void loadRows() {
        SessionFilter filter = filter();
        TotalBy by = totalBy.get();
        tasks.run(I18n.text("coachingui.session.loading"),
                p -> new Loaded(queries.sessions(filter), queries.totals(by, filter)), l -> {
                    rows.setAll(l.rows());
                    totals.setAll(l.totals());
                }, this::failed);
    }

    /** The filters as a query filter; an unreadable date filter counts as not set. */
    public SessionFilter filter() {
        return new SessionFilter(filterCoach.get() == null ? null : filterCoach.get().id(),
                filterDistrict.get() == null ? null : filterDistrict.get().key(),
                filterMunicipality.get() == null ? null : filterMunicipality.get().id(), filterFormat.get(),
                filterTopic.get() == null || filterTopic.get().isBlank() ? null : filterTopic.get(),
                Formats.parseDate(filterFrom.get()).orElse(null), Formats.parseDate(filterUntil.get()).orElse(null),
                search.get());
    }

    private void failed(Throwable error) {
        busy.set(false);
        dialogs.showFailure(I18n.text("coachingui.session.loadFailed"), error);
    }

    private void loadNavigators(MunicipalityOption m) {
        if (m == null) {
            navigators.clear();
            return;
        }
        tasks.run(I18n.text("coachingui.session.loading"), p -> navigatorQueries.inMunicipality(m.id()), list -> {
            navigators.setAll(list);
            // the chosen ones who also serve this municipality stay chosen (as the entries of the new list)
            List<Long> keep = chosenNavigators.stream().map(MunicipalityNavigator::id).toList();
            List<MunicipalityNavigator> still = list.stream().filter(n -> keep.contains(n.id())).toList();
            if (!still.equals(chosenNavigators)) {
                chosenNavigators.setAll(still);
            }
        }, this::failed);
    }

    /** Fast entry: the coach of the chosen navigator, unless a coach is chosen already. */
    private void proposeCoach(MunicipalityNavigator n) {
        if (n == null || coach.get() != null) {
            return;
        }
        LocalDate day = Formats.parseDate(dateText.get()).orElse(LocalDate.now(clock));
        tasks.run(I18n.text("coachingui.session.loading"), p -> Optional.ofNullable(queries.coachOf(n.id(), day)),
                id -> id.ifPresent(coachId -> {
                    if (coach.get() == null) {
                        coaches.stream().filter(o -> o.id() == coachId).findFirst().ifPresent(coach::set);
                    }
                }), this::failed);
    }

    /** Opens a session of the table in the form. */
    public void edit(SessionRow row) {
        if (row == null) {
            return;
        }
        editing.set(row);
        dateText.set(Formats.date(row.date()));
        coach.set(coaches.stream().filter(o -> o.id() == row.coachId()).findFirst().orElse(null));
        municipality.set(municipalities.stream().filter(m -> m.id() == row.municipalityId()).findFirst().orElse(null));
        // the entries of the municipality's list when read already, else stand-ins until it is
        chosenNavigators.setAll(row.navigators().stream().map(sn -> navigators.stream()
                .filter(n -> n.id() == sn.id()).findFirst()
                .orElse(new MunicipalityNavigator(sn.id(), sn.name(), null, null, true))).toList());
        hoursText.set(Formats.decimal(row.hours(), 2));
        format.set(row.format());
        topic.set(row.topic());
        note.set(row.note() == null ? "" : row.note());
        problem.set("");
    }

    /** Empties the form for the next session: today, the last format; the coach stays chosen. */
    public void clearForm() {
        editing.set(null);
        dateText.set(Formats.date(LocalDate.now(clock)));
        chosenNavigators.clear();
        hoursText.set("");
        format.set(lastFormat);
        note.set("");
        problem.set("");
        formReady.run();
    }

    private boolean dirty() {
        return !hoursText.get().isBlank() || !note.get().isBlank() || !chosenNavigators.isEmpty();
    }

    /** The form as input; what cannot be read is reported naming the field, and nothing is sent. */
    Optional<SessionInput> input() {
        List<Violation> violations = new ArrayList<>();
        Optional<LocalDate> date = Formats.parseDate(dateText.get());
        if (date.isEmpty()) {
            violations.add(new Violation("coaching.field.date", dateText.get().isBlank()
                    ? "common.validation.required" : "common.validation.date"));
        }
        BigDecimal hours = null;
        if (!hoursText.get().isBlank()) {
            hours = Formats.parseDecimal(hoursText.get()).orElse(null);
            if (hours == null) {
                violations.add(new Violation("coaching.field.hours", "coachingui.session.notANumber"));
            }
        }
        if (!violations.isEmpty()) {
            problem.set(new ValidationException(violations).getMessage());
            return Optional.empty();
        }
        return Optional.of(new SessionInput(date.get(), coach.get() == null ? null : coach.get().id(),
                municipality.get() == null ? null : municipality.get().id(),
                chosenNavigators.stream().map(MunicipalityNavigator::id).toList(), hours, format.get(), topic.get(),
                note.get()));
    }

    private void doSave() {
        Optional<SessionInput> in = input();
        if (in.isEmpty()) {
            return;
        }
        SessionRow edited = editing.get();
        busy.set(true);
        tasks.run(I18n.text("coachingui.session.saving"), p -> {
            if (edited == null) {
                service.recordSession(in.get());
            } else {
                service.updateSession(edited.id(), edited.version(), in.get());
            }
            return in.get();
        }, saved -> {
            busy.set(false);
            lastFormat = saved.format();
            status.accept(I18n.text("coachingui.session.saved", Formats.date(saved.date())));
            clearForm();
            loadRows();
            changed.run();
        }, error -> {
            busy.set(false);
            // the form keeps what was typed; a refusal is shown beside it, a conflict as a dialog
            problem.set(dialogs.showSaveFailure(error, I18n.text("coachingui.session.saveFailed"),
                    I18n.text("coachingui.session.conflict"), I18n.text("coachingui.session.conflictHint"))
                    .orElse(""));
        });
    }

    private void doDelete() {
        SessionRow row = editing.get();
        if (row == null || !dialogs.confirm(I18n.text("coachingui.session.deleteTitle"),
                I18n.text("coachingui.session.deleteQuestion", Formats.date(row.date()), row.navigator(), row.coach()),
                I18n.text("coachingui.session.deleteButton"))) {
            return;
        }
        busy.set(true);
        tasks.run(I18n.text("coachingui.session.saving"), p -> {
            service.deleteSession(row.id(), row.version());
            return row;
        }, done -> {
            busy.set(false);
            clearForm();
            loadRows();
            changed.run();
        }, error -> {
            busy.set(false);
            dialogs.showFailure(I18n.text("coachingui.session.deleteFailed"), error);
            loadRows();
        });
    }

    /**
     * The hours workbook of the chosen year (of the coach chosen in the filter, else of all):
     * asks for the file, builds the report and renders it in the background, then says where it is.
     */
    private void doExportHours() {
        Integer year = hoursYear.get();
        if (year == null) {
            return;
        }
        CoachOption chosen = filterCoach.get();
        Long coachId = chosen == null ? null : chosen.id();
        String name = chosen == null ? I18n.text("coachingui.hours.fileAll", String.valueOf(year))
                : I18n.text("coachingui.hours.fileCoach", String.valueOf(year),
                        chosen.name().replaceAll("[^\\p{L}\\p{N}-]+", "_"));
        Optional<Path> file = dialogs.chooseSaveFile(I18n.text("coachingui.hours.title"), name,
                I18n.text("coachingui.hours.filter"), "xlsx");
        if (file.isEmpty()) {
            return;
        }
        exporting.set(true);
        tasks.run(I18n.text("coachingui.hours.running", String.valueOf(year)), p -> {
            ReportRenderers.render(CoachingHoursReport.build(queries, year, coachId, LocalDate.now(clock)),
                    ReportFormat.XLSX, file.get(), null);
            return file.get();
        }, written -> {
            exporting.set(false);
            status.accept(I18n.text("coachingui.hours.done", written.getFileName()));
            dialogs.showInfo(I18n.text("coachingui.hours.title"), I18n.text("coachingui.hours.doneText",
                    String.valueOf(year), written));
        }, error -> {
            exporting.set(false);
            dialogs.showFailure(I18n.text("coachingui.hours.failed"), error);
        });
    }

    /**
     * The hours of the chosen year (of the coach chosen in the filter, else of all) for the print
     * button: the same report as the workbook.
     */
    public Printable hoursPrintable() {
        Integer year = hoursYear.get();
        if (year == null) {
            throw new DomainException("coachingui.hours.noYear");
        }
        CoachOption chosen = filterCoach.get();
        Long coachId = chosen == null ? null : chosen.id();
        String name = chosen == null ? I18n.text("coachingui.hours.fileAll", String.valueOf(year))
                : I18n.text("coachingui.hours.fileCoach", String.valueOf(year),
                        chosen.name().replaceAll("[^\\p{L}\\p{N}-]+", "_"));
        return new Printable(I18n.text("coachingui.hours.printTitle", String.valueOf(year)),
                name.replaceAll("\\.xlsx$", ""),
                () -> CoachingHoursReport.build(queries, year, coachId, LocalDate.now(clock)));
    }

    /** The year of the hours workbook (this year at first). */
    public ObjectProperty<Integer> hoursYearProperty() {
        return hoursYear;
    }

    public Command exportHoursCommand() {
        return exportHours;
    }

    /** Writes the sessions as the user sees them as a workbook or PDF. */
    public TableExportCommand<SessionRow> exportCommand() {
        return exportTable;
    }

    /** Adds a topic to the office's list. */
    public void addTopic(String name) {
        runTopicChange(() -> service.addTopic(name));
    }

    public void renameTopic(TopicRow row, String name) {
        runTopicChange(() -> service.renameTopic(row.id(), row.version(), name));
    }

    public void removeTopic(TopicRow row) {
        if (dialogs.confirm(I18n.text("coachingui.topic.removeTitle"), I18n.text("coachingui.topic.removeQuestion",
                row.name()), I18n.text("coachingui.topic.removeButton"))) {
            runTopicChange(() -> service.removeTopic(row.id()));
        }
    }

    private void runTopicChange(Runnable change) {
        tasks.run(I18n.text("coachingui.session.saving"), p -> {
            change.run();
            return queries.topics();
        }, list -> {
            topicRows.setAll(list);
            topics.setAll(list.stream().map(TopicRow::name).toList());
        }, error -> dialogs.showFailure(I18n.text("coachingui.topic.failed"), error));
    }

    public void setOnChanged(Runnable changed) {
        this.changed = changed;
    }

    public void setStatusMessage(Consumer<String> status) {
        this.status = status;
    }

    /** Called when the form is empty and ready for the next session (the view puts the focus). */
    public void setOnFormReady(Runnable formReady) {
        this.formReady = formReady;
    }

    public Command saveCommand() {
        return save;
    }

    public Command deleteCommand() {
        return delete;
    }

    public Command newCommand() {
        return newSession;
    }

    public Command reloadCommand() {
        return reload;
    }

    public ObservableList<SessionRow> rows() {
        return rows;
    }

    public ObservableList<Total> totals() {
        return totals;
    }

    public ObservableList<CoachOption> coaches() {
        return coaches;
    }

    public ObservableList<MunicipalityOption> municipalities() {
        return municipalities;
    }

    public ObservableList<DistrictOption> districts() {
        return districts;
    }

    public ObservableList<String> topics() {
        return topics;
    }

    public ObservableList<TopicRow> topicRows() {
        return topicRows;
    }

    public ObservableList<MunicipalityNavigator> navigators() {
        return navigators;
    }

    public StringProperty dateTextProperty() {
        return dateText;
    }

    public ObjectProperty<CoachOption> coachProperty() {
        return coach;
    }

    public ObjectProperty<MunicipalityOption> municipalityProperty() {
        return municipality;
    }

    /** The navigators chosen for the session; the view checks them in the municipality's list. */
    public ObservableList<MunicipalityNavigator> chosenNavigators() {
        return chosenNavigators;
    }

    /** Adds or removes one navigator of the municipality's list from the session. */
    public void toggleNavigator(MunicipalityNavigator n, boolean chosen) {
        boolean there = chosenNavigators.stream().anyMatch(x -> x.id() == n.id());
        if (chosen && !there) {
            chosenNavigators.add(n);
        } else if (!chosen && there) {
            chosenNavigators.removeIf(x -> x.id() == n.id());
        }
    }

    public StringProperty hoursTextProperty() {
        return hoursText;
    }

    public ObjectProperty<SessionFormat> formatProperty() {
        return format;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<SessionRow> editingProperty() {
        return editing;
    }

    public ObjectProperty<CoachOption> filterCoachProperty() {
        return filterCoach;
    }

    public ObjectProperty<DistrictOption> filterDistrictProperty() {
        return filterDistrict;
    }

    public ObjectProperty<MunicipalityOption> filterMunicipalityProperty() {
        return filterMunicipality;
    }

    public ObjectProperty<SessionFormat> filterFormatProperty() {
        return filterFormat;
    }

    public StringProperty filterTopicProperty() {
        return filterTopic;
    }

    public StringProperty filterFromProperty() {
        return filterFrom;
    }

    public StringProperty filterUntilProperty() {
        return filterUntil;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<TotalBy> totalByProperty() {
        return totalBy;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
