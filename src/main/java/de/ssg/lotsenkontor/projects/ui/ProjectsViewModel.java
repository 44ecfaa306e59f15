package de.ssg.lotsenkontor.projects.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.people.NavigatorRow;
import de.ssg.lotsenkontor.projects.ProjectChange;
import de.ssg.lotsenkontor.projects.ProjectColumns;
import de.ssg.lotsenkontor.projects.ProjectDetails;
import de.ssg.lotsenkontor.projects.ProjectQueries;
import de.ssg.lotsenkontor.projects.ProjectRow;
import de.ssg.lotsenkontor.projects.ProjectService;
import de.ssg.lotsenkontor.projects.ProjectStatus;
import de.ssg.lotsenkontor.projects.ProjectWorkflow;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderers;
import de.ssg.lotsenkontor.report.ReportTable;
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
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Vor-Ort-Projekte area: the projects by status with filters (district, coach, topic, status,
 * best practice), the shown project with its history, the status change (a skipped step is
 * confirmed first; a change by someone else meanwhile is reported) and the exports.
 */
public class ProjectsViewModel {

    /** What the area reads in one go. */
    public record Data(List<ProjectRow> projects, List<DistrictOption> districts, List<CoachOption> coaches) {
    }

    /** What only the project form needs, read the first time a project is created or shown. */
    public record FormChoices(List<MunicipalityOption> municipalities, List<NavigatorRow> navigators) {
    }

    private final ProjectQueries queries;
    private final ProjectService service;
    private final Supplier<Data> data;
    private final TaskRunner runner;
    private final Confirmation confirmation;
    private final Consumer<Throwable> failure;
    private final Clock clock;
    private final Supplier<FormChoices> formChoices;
    private boolean formChoicesRead;
    private final ProjectFormModel form = new ProjectFormModel();
    private final ObservableList<MunicipalityOption> municipalities = FXCollections.observableArrayList();
    private final ObservableList<NavigatorRow> navigators = FXCollections.observableArrayList();
    private final java.util.Map<Long, NavigatorRow> navigatorById = new java.util.HashMap<>();
    private final ObservableList<CoachOption> coachOptions = FXCollections.observableArrayList();

    private final SearchableRows<ProjectRow> rows = new SearchableRows<>(ProjectRow::id, ProjectsViewModel::key,
            "projects.ui.count");
    private final ObservableList<Choice<ProjectStatus>> statusChoices = FXCollections.observableArrayList(
            Choice.list(I18n.text("projects.ui.allStates"), Arrays.asList(ProjectStatus.values()),
                    s -> I18n.of("projects.status", s)));
    private final ObjectProperty<Choice<ProjectStatus>> status = new SimpleObjectProperty<>(statusChoices.get(0));
    private final ObservableList<Choice<DistrictOption>> districtChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<DistrictOption>> district = new SimpleObjectProperty<>();
    private final ObservableList<Choice<CoachOption>> coachChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<CoachOption>> coach = new SimpleObjectProperty<>();
    private final ObservableList<Choice<String>> topicChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> topic = new SimpleObjectProperty<>();
    private final BooleanProperty onlyBestPractice = new SimpleBooleanProperty(false);

    private final ObjectProperty<ProjectDetails> shown = new SimpleObjectProperty<>();
    private final ObjectProperty<ProjectStatus> target = new SimpleObjectProperty<>();
    private final StringProperty statusDate = new SimpleStringProperty("");
    private final StringProperty statusNote = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    /** Held here: a binding that only a listener refers to would be garbage-collected. */
    private final javafx.beans.binding.BooleanBinding showing = form.editingBinding();
    private final Command load = new Command();
    private final Command save = new Command(form.canSaveBinding());
    private final Command changeStatus = new Command(shown.isNotNull().and(target.isNotNull()));
    private final Command export = new Command();

    public ProjectsViewModel(ProjectQueries queries, ProjectService service, Supplier<Data> data, TaskRunner runner,
            Confirmation confirmation, Consumer<Throwable> failure, Clock clock) {
        this(queries, service, data, () -> new FormChoices(List.of(), List.of()), runner, confirmation, failure, clock);
    }

    /** @param formChoices the municipalities and navigators the form offers, read when the form is first used */
    public ProjectsViewModel(ProjectQueries queries, ProjectService service, Supplier<Data> data,
            Supplier<FormChoices> formChoices, TaskRunner runner, Confirmation confirmation,
            Consumer<Throwable> failure, Clock clock) {
        this.formChoices = formChoices;
        this.queries = queries;
        this.service = service;
        this.data = data;
        this.runner = runner;
        this.confirmation = confirmation;
        this.failure = failure;
        this.clock = clock;
        rows.filterBy(this::predicate, status, district, coach, topic, onlyBestPractice);
        choices(List.of(), List.of(), List.of());
    }

    private static String key(ProjectRow r) {
        return SearchText.normalize(r.title() + " | " + r.municipality() + " | " + r.navigators() + " | "
                + (r.topic() == null ? "" : r.topic()));
    }

    Predicate<ProjectRow> predicate() {
        Predicate<ProjectRow> search = rows.searchMatchesAllWords();
        ProjectStatus s = status.get() == null ? null : status.get().value();
        DistrictOption d = district.get() == null ? null : district.get().value();
        CoachOption c = coach.get() == null ? null : coach.get().value();
        String t = topic.get() == null ? null : topic.get().value();
        boolean best = onlyBestPractice.get();
        return r -> search.test(r) && (s == null || r.status() == s) && (d == null || d.key().equals(r.districtKey()))
                && (c == null || Long.valueOf(c.id()).equals(r.coachId())) && (t == null || t.equals(r.topic()))
                && (!best || r.bestPractice());
    }

    private void choices(List<DistrictOption> d, List<CoachOption> c, List<ProjectRow> projects) {
        districtChoices.setAll(Choice.list(I18n.text("projects.ui.allDistricts"), d, DistrictOption::name));
        district.set(districtChoices.get(0));
        coachChoices.setAll(Choice.list(I18n.text("projects.ui.allCoaches"), c, CoachOption::name));
        coach.set(coachChoices.get(0));
        TreeSet<String> topics = new TreeSet<>();
        projects.stream().map(ProjectRow::topic).filter(java.util.Objects::nonNull).forEach(topics::add);
        topicChoices.setAll(Choice.list(I18n.text("projects.ui.allTopics"), topics, x -> x));
        topic.set(topicChoices.get(0));
    }

    public void resetFilters() {
        rows.searchProperty().set("");
        status.set(statusChoices.get(0));
        district.set(districtChoices.get(0));
        coach.set(coachChoices.get(0));
        topic.set(topicChoices.get(0));
        onlyBestPractice.set(false);
    }

    public void load() {
        load.execute(runner, I18n.text("projects.ui.loading"), p -> data.get(), d -> {
            choices(d.districts(), d.coaches(), d.projects());
            coachOptions.setAll(d.coaches());
            rows.setAll(d.projects());
        }, failure);
    }

    public void select(ProjectRow row) {
        if (row == null || shown.get() != null && shown.get().id() == row.id()) {
            return; // nothing, or the same project (its row was refreshed)
        }
        if (!mayDiscard()) {
            return;
        }
        readFormChoices();
        runner.run(I18n.text("projects.ui.loading"), p -> service.details(row.id()), d -> {
            form.show(d);
            show(d);
        }, failure);
    }

    /** Whether typed input may be thrown away: nothing typed, or the user said so. */
    private boolean mayDiscard() {
        return !form.dirtyBinding().get() || confirmation.confirm(I18n.text("projects.ui.discardTitle"),
                I18n.text("projects.ui.discardQuestion"), I18n.text("projects.ui.discardConfirm"));
    }

    /** An empty form for a new project (it starts as an idea, dated today). */
    public void startNew() {
        if (!mayDiscard()) {
            return;
        }
        readFormChoices();
        shown.set(null);
        form.startNew();
        target.set(null);
        message.set("");
    }

    /** Saves the form: a new project or the changed fields of the shown one, refused when someone changed it meanwhile. */
    public void save() {
        ProjectChange change = form.change();
        save.execute(runner, I18n.text("projects.ui.saving"), p -> {
            ProjectDetails saved = service.save(change);
            return new Object[] {saved, queries.project(saved.id())};
        }, result -> {
            ProjectDetails saved = (ProjectDetails) result[0];
            ProjectRow row = (ProjectRow) result[1];
            if (rows.all().stream().anyMatch(r -> r.id() == row.id())) {
                rows.replace(row);
            } else {
                rows.all().add(0, row);
            }
            form.show(saved);
            show(saved);
            message.set(I18n.text("projects.ui.saved", saved.title()));
        }, failure);
    }

    /** Reads what only the form offers, once. */
    private void readFormChoices() {
        if (formChoicesRead) {
            return;
        }
        formChoicesRead = true;
        runner.run(I18n.text("projects.ui.loading"), p -> formChoices.get(), c -> {
            municipalities.setAll(c.municipalities());
            navigatorById.clear();
            c.navigators().forEach(n -> navigatorById.put(n.id(), n));
            navigators.setAll(c.navigators());
        }, e -> {
            formChoicesRead = false;
            failure.accept(e);
        });
    }

    /** The navigator of this id among those the form offers, or null while they are not read. */
    public NavigatorRow navigator(long id) {
        return navigatorById.get(id);
    }

    private void show(ProjectDetails d) {
        shown.set(d);
        ProjectStatus next = ProjectWorkflow.next(d.status());
        target.set(next);
        statusDate.set(Formats.date(LocalDate.now(clock)));
        statusNote.set("");
    }

    /** The states the shown project can move to. */
    public List<ProjectStatus> targets() {
        ProjectDetails d = shown.get();
        if (d == null) {
            return List.of();
        }
        return Arrays.stream(ProjectStatus.values())
                .filter(s -> ProjectWorkflow.move(d.status(), s) != ProjectWorkflow.Move.NOT_ALLOWED).toList();
    }

    /** Changes the shown project's status; a jump over steps is asked about first. */
    public void changeStatus() {
        ProjectDetails d = shown.get();
        ProjectStatus to = target.get();
        if (d == null || to == null) {
            return;
        }
        LocalDate on = Formats.parseDate(statusDate.get()).orElse(null);
        boolean confirmed = false;
        if (ProjectWorkflow.move(d.status(), to) == ProjectWorkflow.Move.SKIPS_STEPS) {
            String skipped = String.join(", ", ProjectWorkflow.skipped(d.status(), to).stream()
                    .map(s -> I18n.of("projects.status", s)).toList());
            if (!confirmation.confirm(I18n.text("projects.ui.skipTitle"), I18n.text("projects.ui.skipQuestion",
                    I18n.of("projects.status", d.status()), I18n.of("projects.status", to), skipped),
                    I18n.text("projects.ui.skipConfirm"))) {
                return;
            }
            confirmed = true;
        }
        boolean skipConfirmed = confirmed;
        String note = statusNote.get();
        changeStatus.execute(runner, I18n.text("projects.ui.saving"), p -> {
            ProjectDetails saved = service.changeStatus(d.id(), d.version(), to, on, note, skipConfirmed);
            return new Object[] {saved, queries.project(saved.id())};
        }, result -> {
            rows.replace((ProjectRow) result[1]);
            ProjectDetails fresh = (ProjectDetails) result[0];
            if (form.dirtyBinding().get()) {
                form.refreshKeepingInput(fresh); // typed, unsaved input stays; the version moves on
            } else {
                form.show(fresh);
            }
            show(fresh);
            message.set(I18n.text("projects.ui.statusChanged", ((ProjectDetails) result[0]).title(),
                    I18n.of("projects.status", to)));
        }, failure);
    }

    /** Writes the projects shown (filters applied) or the best-practice catalogue. */
    public void exportProjects(Path file, boolean bestPracticeOnly) {
        if (file == null) {
            return;
        }
        export.execute(runner, I18n.text("projects.ui.exporting"), p -> {
            ReportRenderers.render(projectsReport(bestPracticeOnly), ReportFormat.XLSX, file, p);
            return file;
        }, f -> message.set(I18n.text("projects.ui.exported", f)), failure);
    }

    /** The project list or the best-practice catalogue for the print button: the same report as the export. */
    public Printable projectsPrintable(boolean bestPracticeOnly) {
        String title = I18n.text(bestPracticeOnly ? "projects.export.bestPractice" : "projects.export.title");
        return new Printable(title, title + "_" + LocalDate.now(clock), () -> projectsReport(bestPracticeOnly));
    }

    /** Reads the projects (or the best practices) and builds their report; off the FX thread. */
    private Report projectsReport(boolean bestPracticeOnly) {
        String title = I18n.text(bestPracticeOnly ? "projects.export.bestPractice" : "projects.export.title");
        List<ProjectRow> list = bestPracticeOnly ? queries.bestPractices() : queries.projects();
        return Report.ofTable(title, bestPracticeOnly ? I18n.text("projects.export.bestPracticeSubtitle")
                : null, LocalDate.now(clock), ReportTable.of(title, bestPracticeOnly ? ProjectColumns.bestPractice()
                : ProjectColumns.all(), list));
    }

    /** The projects shown, grouped by status, for the board. */
    public List<ProjectRow> inStatus(ProjectStatus s) {
        return rows.shown().stream().filter(r -> r.status() == s).toList();
    }

    public SearchableRows<ProjectRow> rows() {
        return rows;
    }

    public ObservableList<Choice<ProjectStatus>> statusChoices() {
        return statusChoices;
    }

    public ObjectProperty<Choice<ProjectStatus>> statusProperty() {
        return status;
    }

    public ObservableList<Choice<DistrictOption>> districtChoices() {
        return districtChoices;
    }

    public ObjectProperty<Choice<DistrictOption>> districtProperty() {
        return district;
    }

    public ObservableList<Choice<CoachOption>> coachChoices() {
        return coachChoices;
    }

    public ObjectProperty<Choice<CoachOption>> coachProperty() {
        return coach;
    }

    public ObservableList<Choice<String>> topicChoices() {
        return topicChoices;
    }

    public ObjectProperty<Choice<String>> topicProperty() {
        return topic;
    }

    public BooleanProperty onlyBestPracticeProperty() {
        return onlyBestPractice;
    }

    public ObjectProperty<ProjectDetails> shownProperty() {
        return shown;
    }

    /** Whether a project is shown. */
    public javafx.beans.binding.BooleanBinding showingBinding() {
        return showing;
    }

    public ObjectProperty<ProjectStatus> targetProperty() {
        return target;
    }

    public StringProperty statusDateProperty() {
        return statusDate;
    }

    public StringProperty statusNoteProperty() {
        return statusNote;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ProjectFormModel form() {
        return form;
    }

    public ObservableList<MunicipalityOption> municipalities() {
        return municipalities;
    }

    public ObservableList<NavigatorRow> navigators() {
        return navigators;
    }

    public ObservableList<CoachOption> coachOptions() {
        return coachOptions;
    }

    public Command saveCommand() {
        return save;
    }

    public Command loadCommand() {
        return load;
    }

    public Command changeStatusCommand() {
        return changeStatus;
    }

    public Command exportCommand() {
        return export;
    }
}
