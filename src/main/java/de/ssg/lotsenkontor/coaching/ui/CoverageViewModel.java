package de.ssg.lotsenkontor.coaching.ui;

import de.ssg.lotsenkontor.coaching.CoachingQueries;
import de.ssg.lotsenkontor.coaching.CoachingRows.BoardCard;
import de.ssg.lotsenkontor.coaching.CoachingRows.CoverageMunicipality;
import de.ssg.lotsenkontor.coaching.CoachingRows.CoverageRow;
import de.ssg.lotsenkontor.coaching.CoachingRows.MunicipalityReach;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.DialogPort;
import de.ssg.lotsenkontor.ui.TableExportCommand;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The tab "Abdeckung": coverage per district on today with the change since a chosen day, and
 * the three lists (participating without navigator, navigators without coach, next steps).
 * Needs no toolkit.
 */
public class CoverageViewModel {

    private record Loaded(List<CoverageRow> rows, List<CoverageMunicipality> without, List<BoardCard> uncoached,
            List<CoverageMunicipality> next, List<MunicipalityReach> reach) {
    }

    private final CoachingQueries queries;
    private final TaskRunner tasks;
    private final DialogPort dialogs;
    private final Clock clock;
    private final ObservableList<CoverageRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CoverageRow> shownRows = new FilteredList<>(rows);
    private final ObservableList<CoverageMunicipality> withoutNavigator = FXCollections.observableArrayList();
    private final FilteredList<CoverageMunicipality> shownWithout = new FilteredList<>(withoutNavigator);
    private final ObservableList<BoardCard> withoutCoach = FXCollections.observableArrayList();
    private final FilteredList<BoardCard> shownUncoached = new FilteredList<>(withoutCoach);
    private final ObservableList<CoverageMunicipality> nextSteps = FXCollections.observableArrayList();
    private final FilteredList<CoverageMunicipality> shownNext = new FilteredList<>(nextSteps);
    private final ObservableList<MunicipalityReach> reach = FXCollections.observableArrayList();
    private final FilteredList<MunicipalityReach> shownReach = new FilteredList<>(reach);
    private final ObservableList<DistrictOption> districts = FXCollections.observableArrayList();
    private final ObjectProperty<DistrictOption> filterDistrict = new SimpleObjectProperty<>();
    private final ObjectProperty<CoverageStatus> filterStatus = new SimpleObjectProperty<>(CoverageStatus.ALL);
    private final StringProperty sinceText = new SimpleStringProperty();
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Command reload;
    private final TableExportCommand<CoverageRow> exportDistricts;
    private final TableExportCommand<CoverageMunicipality> exportWithoutNavigator;
    private final TableExportCommand<BoardCard> exportWithoutCoach;
    private final TableExportCommand<CoverageMunicipality> exportNextSteps;
    private final TableExportCommand<MunicipalityReach> exportReach;

    public CoverageViewModel(CoachingQueries queries, TaskRunner tasks, DialogPort dialogs, Clock clock) {
        this.queries = queries;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        sinceText.set(Formats.date(LocalDate.now(clock).withDayOfYear(1)));
        reload = new Command(Bindings.createBooleanBinding(() -> true), busy, this::load);
        exportDistricts = new TableExportCommand<>(tasks, dialogs, clock, () -> I18n.text("coachingui.tab.coverage"),
                () -> I18n.text("coachingui.coverage.subtitle", sinceText.get()));
        exportWithoutNavigator = listExport(tasks, dialogs, clock, "coachingui.coverage.listWithout");
        exportWithoutCoach = listExport(tasks, dialogs, clock, "coachingui.coverage.listUncoached");
        exportNextSteps = listExport(tasks, dialogs, clock, "coachingui.coverage.listNext");
        exportReach = listExport(tasks, dialogs, clock, "coachingui.coverage.listAll");
        filter.addListener((obs, was, is) -> applyFilter());
        filterDistrict.addListener((obs, was, is) -> applyFilter());
        filterStatus.addListener((obs, was, is) -> applyFilter());
    }

    private static <R> TableExportCommand<R> listExport(TaskRunner tasks, DialogPort dialogs, Clock clock,
            String titleKey) {
        return new TableExportCommand<>(tasks, dialogs, clock, () -> I18n.text(titleKey), null);
    }

    /** Writes the coverage per district as the user sees it. */
    public TableExportCommand<CoverageRow> exportDistrictsCommand() {
        return exportDistricts;
    }

    /** Writes the list of participating municipalities without a navigator. */
    public TableExportCommand<CoverageMunicipality> exportWithoutNavigatorCommand() {
        return exportWithoutNavigator;
    }

    /** Writes the list of navigators without a coach. */
    public TableExportCommand<BoardCard> exportWithoutCoachCommand() {
        return exportWithoutCoach;
    }

    /** Writes the list of municipalities to approach next. */
    public TableExportCommand<CoverageMunicipality> exportNextStepsCommand() {
        return exportNextSteps;
    }

    /** Writes the list of all municipalities with their reach as shown. */
    public TableExportCommand<MunicipalityReach> exportMunicipalitiesCommand() {
        return exportReach;
    }

    public void load() {
        LocalDate today = LocalDate.now(clock);
        LocalDate since = Formats.parseDate(sinceText.get()).orElse(null);
        if (since == null) {
            problem.set(I18n.text("common.validation.fieldMessage", I18n.text("coachingui.coverage.since"),
                    I18n.text("common.validation.date")));
            return;
        }
        problem.set("");
        busy.set(true);
        tasks.run(I18n.text("coachingui.coverage.loading"), p -> new Loaded(queries.coverage(today, since),
                queries.participatingWithoutNavigator(today), queries.board(today).withoutCoach(),
                queries.nextSteps(today), queries.municipalityReach(today)), l -> {
                    busy.set(false);
                    rows.setAll(l.rows());
                    withoutNavigator.setAll(l.without());
                    withoutCoach.setAll(l.uncoached());
                    nextSteps.setAll(l.next());
                    reach.setAll(l.reach());
                    DistrictOption keep = filterDistrict.get();
                    districts.setAll(l.rows().stream().map(r -> new DistrictOption(r.districtKey(), r.district()))
                            .toList());
                    filterDistrict.set(keep == null ? null : districts.stream()
                            .filter(d -> d.key().equals(keep.key())).findFirst().orElse(null));
                    applyFilter();
                }, error -> {
                    busy.set(false);
                    dialogs.showFailure(I18n.text("coachingui.coverage.loadFailed"), error);
                });
    }

    /**
     * Text, district and status together: the district filter narrows every table and list; the
     * status shows the municipalities in that state and the districts that have at least one.
     */
    private void applyFilter() {
        String f = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.GERMAN);
        DistrictOption d = filterDistrict.get();
        CoverageStatus status = filterStatus.get() == null ? CoverageStatus.ALL : filterStatus.get();
        Set<String> withStatus = status == CoverageStatus.ALL ? null : reach.stream().filter(status::test)
                .map(MunicipalityReach::districtKey).collect(Collectors.toSet());
        shownRows.setPredicate(r -> (f.isEmpty() || r.district().toLowerCase(Locale.GERMAN).contains(f))
                && (d == null || d.key().equals(r.districtKey()))
                && (withStatus == null || withStatus.contains(r.districtKey())));
        shownWithout.setPredicate(m -> matches(f, m.name() + " " + m.district()) && (d == null
                || d.name().equals(m.district())));
        shownUncoached.setPredicate(c -> matches(f, c.navigator() + " " + c.municipality() + " " + c.district())
                && (d == null || d.key().equals(c.districtKey())));
        shownNext.setPredicate(m -> matches(f, m.name() + " " + m.district()) && (d == null
                || d.name().equals(m.district())));
        shownReach.setPredicate(m -> matches(f, m.name() + " " + m.district() + " "
                + (m.association() == null ? "" : m.association())) && (d == null || d.key().equals(m.districtKey()))
                && status.test(m));
    }

    private static boolean matches(String filter, String text) {
        return filter.isEmpty() || text.toLowerCase(Locale.GERMAN).contains(filter);
    }

    /** Every municipality with participation and reach, as the filters let through. */
    public FilteredList<MunicipalityReach> municipalityReach() {
        return shownReach;
    }

    /** The districts to filter by (as the coverage was read). */
    public ObservableList<DistrictOption> districts() {
        return districts;
    }

    public ObjectProperty<DistrictOption> filterDistrictProperty() {
        return filterDistrict;
    }

    public ObjectProperty<CoverageStatus> filterStatusProperty() {
        return filterStatus;
    }

    public Command reloadCommand() {
        return reload;
    }

    public FilteredList<CoverageRow> rows() {
        return shownRows;
    }

    public FilteredList<CoverageMunicipality> withoutNavigator() {
        return shownWithout;
    }

    public FilteredList<BoardCard> withoutCoach() {
        return shownUncoached;
    }

    public FilteredList<CoverageMunicipality> nextSteps() {
        return shownNext;
    }

    public StringProperty sinceTextProperty() {
        return sinceText;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
