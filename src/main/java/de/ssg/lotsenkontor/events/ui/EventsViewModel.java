package de.ssg.lotsenkontor.events.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.events.AttendanceList;
import de.ssg.lotsenkontor.events.AttendanceStatus;
import de.ssg.lotsenkontor.events.EventCalendar;
import de.ssg.lotsenkontor.events.EventDetails;
import de.ssg.lotsenkontor.events.EventQueries;
import de.ssg.lotsenkontor.events.EventRow;
import de.ssg.lotsenkontor.events.EventService;
import de.ssg.lotsenkontor.events.EventType;
import de.ssg.lotsenkontor.events.GuestChange;
import de.ssg.lotsenkontor.events.ModuleRow;
import de.ssg.lotsenkontor.events.ParticipantRow;
import de.ssg.lotsenkontor.events.QualificationRow;
import de.ssg.lotsenkontor.events.Registration;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.people.NavigatorRow;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderers;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.Command.Confirmation;
import de.ssg.lotsenkontor.ui.Printable;
import de.ssg.lotsenkontor.ui.TaskRunner;
import de.ssg.lotsenkontor.ui.SearchText;
import de.ssg.lotsenkontor.ui.SearchableRows;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Veranstaltungen area: the event table with search and filters (type, module, period, coach,
 * district), the event form, the participants with registration and attendance, the exports
 * (attendance list, calendar file) and the qualification list. Every command has can-run and busy
 * properties and runs through a {@link TaskRunner}; needs no toolkit.
 */
public class EventsViewModel {

    private final EventQueries queries;
    private final EventService service;
    private final Supplier<EventChoices> choices;
    private final Supplier<EventChoices.People> people;
    private final TaskRunner runner;
    private final Confirmation confirmation;
    private final Consumer<Throwable> failure;
    private final Clock clock;

    private final SearchableRows<EventRow> rows = new SearchableRows<>(EventRow::id, EventsViewModel::searchKey,
            "events.ui.count");
    private final ObservableList<Choice<EventType>> typeChoices = FXCollections.observableArrayList(
            Choice.list(I18n.text("events.ui.allTypes"), Arrays.asList(EventType.values()),
                    t -> I18n.of("events.type", t)));
    private final ObjectProperty<Choice<EventType>> type = new SimpleObjectProperty<>(typeChoices.get(0));
    private final ObservableList<Choice<ModuleRow>> moduleChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<ModuleRow>> module = new SimpleObjectProperty<>();
    private final ObservableList<Choice<CoachOption>> coachChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<CoachOption>> coach = new SimpleObjectProperty<>();
    private final ObservableList<Choice<DistrictOption>> districtChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<DistrictOption>> district = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();

    private final ObservableList<ModuleRow> modules = FXCollections.observableArrayList();
    private final ObservableList<CoachOption> coaches = FXCollections.observableArrayList();
    private final ObservableList<NavigatorRow> navigators = FXCollections.observableArrayList();
    private final ObservableList<MunicipalityOption> municipalities = FXCollections.observableArrayList();

    private final EventFormModel form = new EventFormModel();
    private final ObservableList<ParticipantRow> participants = FXCollections.observableArrayList();
    private final ObjectProperty<ParticipantRow> selectedParticipant = new SimpleObjectProperty<>();
    private final StringProperty capacityWarning = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<QualificationRow> qualification = FXCollections.observableArrayList();
    /** Per event the districts of its people: read in the background the first time the district filter is used. */
    private volatile java.util.Map<Long, java.util.Set<String>> eventDistricts;
    private boolean qualificationWanted;
    private final javafx.beans.property.IntegerProperty districtsRead = new javafx.beans.property.SimpleIntegerProperty();

    private final Command load = new Command();
    private final Command save = new Command(form.canSaveBinding());
    private final Command register = new Command(form.detailsProperty().isNotNull());
    private final Command record = new Command(selectedParticipant.isNotNull());
    private final Command export = new Command(form.detailsProperty().isNotNull());
    private final Command activate = new Command();
    private final Command moduleEdit = new Command();
    private final ObjectProperty<ModuleRow> editedModule = new SimpleObjectProperty<>();
    private final StringProperty editedModuleName = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty editedModuleActive =
            new javafx.beans.property.SimpleBooleanProperty(true);
    /** Runs {@link #saveEditedModule} while a module is edited and nothing else writes the list. */
    private final Command saveModule = new Command(editedModule.isNotNull().and(moduleEdit.canRunBinding())
            .and(editedModuleName.isNotEmpty()));

    public EventsViewModel(EventQueries queries, EventService service, Supplier<EventChoices> choices,
            Supplier<EventChoices.People> people, TaskRunner runner, Confirmation confirmation, Consumer<Throwable> failure,
            Clock clock) {
        this.queries = queries;
        this.service = service;
        this.choices = choices;
        this.people = people;
        this.runner = runner;
        this.confirmation = confirmation;
        this.failure = failure;
        this.clock = clock;
        rows.filterBy(this::predicate, type, module, coach, district, from, to, districtsRead);
        district.addListener((o, was, is) -> readDistrictsOnce(is));
        resetChoices(List.of(), List.of(), List.of());
    }

    private static String searchKey(EventRow r) {
        return SearchText.normalize(r.title() + " | " + r.place() + " | " + r.trainers() + " | "
                + (r.moduleName() == null ? "" : r.moduleName()));
    }

    Predicate<EventRow> predicate() {
        Predicate<EventRow> search = rows.searchMatchesAllWords();
        EventType t = type.get() == null ? null : type.get().value();
        ModuleRow m = module.get() == null ? null : module.get().value();
        CoachOption c = coach.get() == null ? null : coach.get().value();
        DistrictOption d = district.get() == null ? null : district.get().value();
        LocalDate f = from.get();
        LocalDate u = to.get();
        return r -> search.test(r) && (t == null || r.type() == t)
                && (m == null || Long.valueOf(m.id()).equals(r.moduleId()))
                && (c == null || r.trainerIds().contains(c.id()))
                && (d == null || eventDistricts == null
                        || eventDistricts.getOrDefault(r.id(), java.util.Set.of()).contains(d.key()))
                && (f == null || !r.lastDay().isBefore(f)) && (u == null || !r.startsOn().isAfter(u));
    }

    private void readDistrictsOnce(Choice<DistrictOption> chosen) {
        if (chosen == null || chosen.isAll() || eventDistricts != null) {
            return;
        }
        runner.run(I18n.text("events.ui.loading"), p -> queries.eventDistricts(), d -> {
            eventDistricts = d;
            districtsRead.set(districtsRead.get() + 1);
        }, failure);
    }

    private void resetChoices(List<ModuleRow> m, List<CoachOption> c, List<DistrictOption> d) {
        moduleChoices.setAll(Choice.list(I18n.text("events.ui.allModules"), m, ModuleRow::name));
        module.set(moduleChoices.get(0));
        coachChoices.setAll(Choice.list(I18n.text("events.ui.allCoaches"), c, CoachOption::name));
        coach.set(coachChoices.get(0));
        districtChoices.setAll(Choice.list(I18n.text("events.ui.allDistricts"), d, DistrictOption::name));
        district.set(districtChoices.get(0));
    }

    public void resetFilters() {
        rows.searchProperty().set("");
        type.set(typeChoices.get(0));
        module.set(moduleChoices.get(0));
        coach.set(coachChoices.get(0));
        district.set(districtChoices.get(0));
        from.set(null);
        to.set(null);
    }

    // ------------------------------------------------------------------ commands

    /** Reads events and choices (and the qualification list) again. */
    public void load() {
        eventDistricts = null;
        load.execute(runner, I18n.text("events.ui.loading"), p -> choices.get(), c -> {
            modules.setAll(c.modules());
            coaches.setAll(c.coaches());
            resetChoices(c.modules(), c.coaches(), c.districts());
            rows.setAll(c.events());
            // what only the forms and the other tab need comes after the list is on screen
            runner.run(I18n.text("events.ui.loading"), p -> people.get(), people -> {
                navigators.setAll(people.navigators());
                municipalities.setAll(people.municipalities());
            }, failure);
            if (qualificationWanted) {
                loadQualification();
            }
        }, failure);
    }

    /** The qualification list is read when its tab is first shown, and with every load after that. */
    public void showQualification() {
        if (!qualificationWanted) {
            qualificationWanted = true;
            loadQualification();
        }
    }

    public void loadQualification() {
        runner.run(I18n.text("events.ui.loading"), p -> queries.qualification(), qualification::setAll, failure);
    }

    /** Shows an event in the form with its participants. */
    public void select(EventRow row) {
        EventDetails shown = form.detailsProperty().get();
        if (row == null || shown != null && shown.id() == row.id()) {
            return; // the same event, e.g. its row was refreshed: keep the form as it is
        }
        runner.run(I18n.text("events.ui.loading"), p -> service.details(row.id()), d -> {
            form.show(d);
            loadParticipants(d.id());
        }, failure);
    }

    public void startNew() {
        form.startNew();
        participants.clear();
        capacityWarning.set("");
    }

    public void save() {
        save.execute(runner, I18n.text("events.ui.saving"), p -> {
            EventDetails d = service.save(form.change());
            return new Object[] {d, queries.event(d.id())};
        }, result -> {
            EventDetails d = (EventDetails) result[0];
            rows.replace((EventRow) result[1]);
            if (rows.all().stream().noneMatch(r -> r.id() == d.id())) {
                rows.all().add(0, (EventRow) result[1]);
            }
            form.show(d);
            message.set(I18n.text("events.ui.saved", d.title()));
            loadParticipants(d.id());
        }, failure);
    }

    public void registerNavigator(NavigatorRow navigator) {
        EventDetails d = form.detailsProperty().get();
        if (d == null || navigator == null) {
            return;
        }
        register.execute(runner, I18n.text("events.ui.registering"),
                p -> service.registerNavigator(d.id(), navigator.id()), this::registered, failure);
    }

    public void registerGuest(GuestChange guest) {
        EventDetails d = form.detailsProperty().get();
        if (d == null) {
            return;
        }
        register.execute(runner, I18n.text("events.ui.registering"), p -> service.registerGuest(d.id(), guest),
                this::registered, failure);
    }

    private void registered(Registration r) {
        message.set(I18n.text("events.ui.registered", r.participant().name()));
        loadParticipants(form.detailsProperty().get().id());
    }

    /** Records the selected participant's state. */
    public void recordAttendance(AttendanceStatus status) {
        ParticipantRow p = selectedParticipant.get();
        if (p == null) {
            return;
        }
        record.execute(runner, I18n.text("events.ui.recording"), w -> {
            service.recordAttendance(p.id(), p.version(), status);
            return p.id();
        }, id -> loadParticipants(form.detailsProperty().get().id()), failure);
    }

    public void unregister() {
        ParticipantRow p = selectedParticipant.get();
        if (p == null || !confirmation.confirm(I18n.text("events.ui.unregisterTitle"),
                I18n.text("events.ui.unregisterQuestion", p.name()), I18n.text("events.ui.unregister"))) {
            return;
        }
        record.execute(runner, I18n.text("events.ui.recording"), w -> {
            service.unregister(p.id(), p.version());
            return p.id();
        }, id -> loadParticipants(form.detailsProperty().get().id()), failure);
    }

    private void loadParticipants(long eventId) {
        runner.run(I18n.text("events.ui.loading"), p -> new Object[] {queries.participants(eventId),
                queries.event(eventId)}, result -> {
                    @SuppressWarnings("unchecked")
                    List<ParticipantRow> list = (List<ParticipantRow>) result[0];
                    EventRow row = (EventRow) result[1];
                    participants.setAll(list);
                    rows.replace(row);
                    capacityWarning.set(row.overCapacity()
                            ? I18n.text("events.ui.overCapacity", row.registered(), row.capacity()) : "");
                }, failure);
    }

    /** Writes the attendance list of the shown event as a workbook. */
    public void exportAttendanceList(Path file) {
        EventDetails d = form.detailsProperty().get();
        if (d == null || file == null) {
            return;
        }
        export.execute(runner, I18n.text("events.ui.exporting"), p -> {
            // a .pdf file gets printed pages (the print renderer), anything else the workbook
            ReportFormat format = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                    ? ReportFormat.PDF : ReportFormat.XLSX;
            ReportRenderers.render(AttendanceList.build(queries.event(d.id()), d, queries.participants(d.id()),
                    LocalDate.now(clock)), format, file, p);
            return file;
        }, f -> message.set(I18n.text("events.ui.exported", f)), failure);
    }

    /** The attendance list of the shown event for the print button: the same report as the export. */
    public Printable attendancePrintable() {
        EventDetails d = form.detailsProperty().get();
        if (d == null) {
            throw new de.ssg.lotsenkontor.common.DomainException("events.ui.noEventToPrint");
        }
        return new Printable(I18n.text("events.ui.attendanceTitle", d.title()), "Teilnehmerliste_" + d.title() + "_"
                + d.id(), () -> AttendanceList.build(queries.event(d.id()), d, queries.participants(d.id()),
                        LocalDate.now(clock)));
    }

    /** Writes the shown event as an iCalendar file for invitations. */
    public void exportCalendar(Path file) {
        EventDetails d = form.detailsProperty().get();
        if (d == null || file == null) {
            return;
        }
        export.execute(runner, I18n.text("events.ui.exporting"), p -> {
            EventCalendar.write(d, queries.event(d.id()).trainers(), file);
            return file;
        }, f -> message.set(I18n.text("events.ui.exported", f)), failure);
    }

    /** Offers the change to AKTIV for a navigator who completed the basic qualification; changes only when confirmed. */
    public void activate(QualificationRow row) {
        if (row == null || !row.canBecomeActive() || !confirmation.confirm(I18n.text("events.ui.activateTitle"),
                I18n.text("events.ui.activateQuestion", row.fullName()), I18n.text("events.ui.activate"))) {
            return;
        }
        activate.execute(runner, I18n.text("events.ui.saving"),
                p -> service.activateQualified(row.navigatorId(), row.navigatorVersion()), d -> {
                    message.set(I18n.text("events.ui.activated", d.fullName()));
                    loadQualification();
                }, failure);
    }

    /** Makes a module part of the basic qualification or not (the office decides). */
    public void setBasicQualification(ModuleRow row, boolean basic) {
        if (row == null || row.basicQualification() == basic) {
            return;
        }
        moduleEdit.execute(runner, I18n.text("events.ui.saving"),
                p -> service.saveModule(row.id(), row.version(), row.name(), basic, row.active()), this::moduleSaved,
                failure);
    }

    /** Shows a module of the list in the edit fields (name, offered or not); null clears them. */
    public void editModule(ModuleRow row) {
        editedModule.set(row);
        editedModuleName.set(row == null ? "" : row.name());
        editedModuleActive.set(row == null || row.active());
    }

    /** Renames the module being edited and says whether it is still offered for new courses. */
    public void saveEditedModule() {
        ModuleRow row = editedModule.get();
        if (row == null) {
            return;
        }
        String name = editedModuleName.get();
        boolean active = editedModuleActive.get();
        moduleEdit.execute(runner, I18n.text("events.ui.saving"),
                p -> service.saveModule(row.id(), row.version(), name, row.basicQualification(), active), saved -> {
                    editModule(saved);
                    moduleSaved(saved);
                }, failure);
    }

    public ObjectProperty<ModuleRow> editedModuleProperty() {
        return editedModule;
    }

    public StringProperty editedModuleNameProperty() {
        return editedModuleName;
    }

    public javafx.beans.property.BooleanProperty editedModuleActiveProperty() {
        return editedModuleActive;
    }

    public Command saveModuleCommand() {
        return saveModule;
    }

    /** Adds a module to the office's list. */
    public void addModule(String name, boolean basic) {
        moduleEdit.execute(runner, I18n.text("events.ui.saving"), p -> service.saveModule(null, 0, name, basic),
                this::moduleSaved, failure);
    }

    private void moduleSaved(ModuleRow saved) {
        message.set(I18n.text("events.ui.moduleSaved", saved.name()));
        // the events show the module's name: read them again with the list
        runner.run(I18n.text("events.ui.loading"), p -> new Object[] {queries.modules(), queries.events()}, read -> {
            @SuppressWarnings("unchecked")
            List<ModuleRow> m = (List<ModuleRow>) read[0];
            @SuppressWarnings("unchecked")
            List<EventRow> events = (List<EventRow>) read[1];
            modules.setAll(m);
            rows.setAll(events);
            Choice<ModuleRow> was = module.get();
            moduleChoices.setAll(Choice.list(I18n.text("events.ui.allModules"), m, ModuleRow::name));
            module.set(moduleChoices.stream().filter(c -> was != null && !was.isAll() && !c.isAll()
                    && c.value().id() == was.value().id()).findFirst().orElse(moduleChoices.get(0)));
            loadQualification();
        }, failure);
    }

    // ------------------------------------------------------------------ properties

    public Command moduleCommand() {
        return moduleEdit;
    }

    public SearchableRows<EventRow> rows() {
        return rows;
    }

    public EventFormModel form() {
        return form;
    }

    public ObservableList<Choice<EventType>> typeChoices() {
        return typeChoices;
    }

    public ObjectProperty<Choice<EventType>> typeProperty() {
        return type;
    }

    public ObservableList<Choice<ModuleRow>> moduleChoices() {
        return moduleChoices;
    }

    public ObjectProperty<Choice<ModuleRow>> moduleProperty() {
        return module;
    }

    public ObservableList<Choice<CoachOption>> coachChoices() {
        return coachChoices;
    }

    public ObjectProperty<Choice<CoachOption>> coachProperty() {
        return coach;
    }

    public ObservableList<Choice<DistrictOption>> districtChoices() {
        return districtChoices;
    }

    public ObjectProperty<Choice<DistrictOption>> districtProperty() {
        return district;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<ModuleRow> modules() {
        return modules;
    }

    public ObservableList<CoachOption> coaches() {
        return coaches;
    }

    public ObservableList<NavigatorRow> navigators() {
        return navigators;
    }

    public ObservableList<MunicipalityOption> municipalities() {
        return municipalities;
    }

    public ObservableList<ParticipantRow> participants() {
        return participants;
    }

    public ObjectProperty<ParticipantRow> selectedParticipantProperty() {
        return selectedParticipant;
    }

    public StringProperty capacityWarningProperty() {
        return capacityWarning;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<QualificationRow> qualification() {
        return qualification;
    }

    public Command loadCommand() {
        return load;
    }

    public Command saveCommand() {
        return save;
    }

    public Command registerCommand() {
        return register;
    }

    public Command recordCommand() {
        return record;
    }

    public Command exportCommand() {
        return export;
    }

    public Command activateCommand() {
        return activate;
    }
}
