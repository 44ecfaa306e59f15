package de.ssg.lotsenkontor.overview.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.overview.Sachbericht;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderers;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.Printable;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Berichte → Sachbericht-Kennzahlen: a period and a district, the figures computed in the database, and the workbook. */
public class SachberichtViewModel {

    private final Sachbericht sachbericht;
    private final Supplier<List<DistrictOption>> districts;
    private final TaskRunner runner;
    private final Consumer<Throwable> failure;
    private final Clock clock;
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ObservableList<Choice<DistrictOption>> districtChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<DistrictOption>> district = new SimpleObjectProperty<>();
    private final ObservableList<Sachbericht.Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Sachbericht.Result> result = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding periodValid;
    private final Command compute;
    private final Command export;
    private List<DistrictOption> all = List.of();

    public SachberichtViewModel(Sachbericht sachbericht, Supplier<List<DistrictOption>> districts, TaskRunner runner,
            Consumer<Throwable> failure, Clock clock) {
        this.sachbericht = sachbericht;
        this.districts = districts;
        this.runner = runner;
        this.failure = failure;
        this.clock = clock;
        int year = LocalDate.now(clock).getYear() - 1;
        from.set(Formats.date(LocalDate.of(year, 1, 1)));
        to.set(Formats.date(LocalDate.of(year, 12, 31)));
        districtChoices.setAll(Choice.list(I18n.text("sachbericht.ui.allDistricts"), List.of(), DistrictOption::name));
        district.set(districtChoices.get(0));
        periodValid = Bindings.createBooleanBinding(this::checkPeriod, from, to);
        compute = new Command(periodValid);
        export = new Command(result.isNotNull());
    }

    private boolean checkPeriod() {
        LocalDate f = Formats.parseDate(from.get()).orElse(null);
        LocalDate t = Formats.parseDate(to.get()).orElse(null);
        if (f == null) {
            problem.set(I18n.text("common.validation.fieldMessage", I18n.text("sachbericht.ui.from"),
                    I18n.text("common.validation.date")));
        } else if (t == null) {
            problem.set(I18n.text("common.validation.fieldMessage", I18n.text("sachbericht.ui.to"),
                    I18n.text("common.validation.date")));
        } else if (t.isBefore(f)) {
            problem.set(I18n.text("common.validation.fieldMessage", I18n.text("sachbericht.ui.to"),
                    I18n.text("common.validation.notBefore", Formats.date(f))));
        } else {
            problem.set("");
            return true;
        }
        return false;
    }

    /** Reads the districts once and computes the figures of the preset period. */
    public void load() {
        runner.run(I18n.text("sachbericht.ui.computing"), p -> districts.get(), d -> {
            all = d;
            Choice<DistrictOption> was = district.get();
            districtChoices.setAll(Choice.list(I18n.text("sachbericht.ui.allDistricts"), d, DistrictOption::name));
            district.set(Choice.sameOrFirst(districtChoices, was));
            compute();
        }, failure);
    }

    public void compute() {
        LocalDate f = Formats.parseDate(from.get()).orElse(null);
        LocalDate t = Formats.parseDate(to.get()).orElse(null);
        DistrictOption d = district.get() == null ? null : district.get().value();
        List<DistrictOption> list = all;
        compute.execute(runner, I18n.text("sachbericht.ui.computing"), p -> sachbericht.compute(f, t, list, d), r -> {
            result.set(r);
            rows.setAll(r.rows());
            message.set(I18n.text("sachbericht.ui.computed", Sachbericht.periodText(r)));
        }, failure);
    }

    public void export(Path file) {
        Sachbericht.Result r = result.get();
        if (r == null || file == null) {
            return;
        }
        export.execute(runner, I18n.text("sachbericht.ui.exporting"), p -> {
            ReportRenderers.render(Sachbericht.report(r, LocalDate.now(clock)), ReportFormat.XLSX, file, p);
            return file;
        }, f -> message.set(I18n.text("sachbericht.ui.exported", f)), failure);
    }

    /** The figures computed last for the print button: the same report as the export. */
    public Printable printable() {
        Sachbericht.Result r = result.get();
        if (r == null) {
            throw new de.ssg.lotsenkontor.common.DomainException("sachbericht.ui.nothingToPrint");
        }
        return new Printable(I18n.text("sachbericht.title"), "Sachbericht-Kennzahlen_" + LocalDate.now(clock),
                () -> Sachbericht.report(r, LocalDate.now(clock)));
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public ObservableList<Choice<DistrictOption>> districtChoices() {
        return districtChoices;
    }

    public ObjectProperty<Choice<DistrictOption>> districtProperty() {
        return district;
    }

    public ObservableList<Sachbericht.Row> rows() {
        return rows;
    }

    public ObjectProperty<Sachbericht.Result> resultProperty() {
        return result;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public Command computeCommand() {
        return compute;
    }

    public Command exportCommand() {
        return export;
    }
}
