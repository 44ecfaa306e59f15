package de.ssg.lotsenkontor.funding.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.funding.CategoryOption;
import de.ssg.lotsenkontor.funding.ContractInput;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.FundingService;
import de.ssg.lotsenkontor.funding.RevisionRow;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The finance plan of a contract year (original and every revision with date and reason), the
 * form to record a revision granted by the funder, the contract's own data, and the category list.
 */
public final class PlanViewModel {

    private final FundingQueries queries;
    private final FundingService service;
    private final TaskRunner tasks;
    private final FinanceDialogs dialogs;
    private final Clock clock;
    private final Runnable changed;
    private final ObservableList<RevisionRow> revisions = FXCollections.observableArrayList();
    private final ObservableList<CategoryOption> categories = FXCollections.observableArrayList();
    private final ObjectProperty<CategoryOption> category = new SimpleObjectProperty<>();
    private final StringProperty amountText = new SimpleStringProperty("");
    private final StringProperty validFromText = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");
    private final StringProperty newCategory = new SimpleStringProperty("");
    // the category chosen in the office's list, and its name as typed for a rename
    private final ObjectProperty<CategoryOption> listedCategory = new SimpleObjectProperty<>();
    private final StringProperty categoryName = new SimpleStringProperty("");
    // the contract's data
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty funder = new SimpleStringProperty("");
    private final StringProperty firstYear = new SimpleStringProperty("");
    private final StringProperty lastYear = new SimpleStringProperty("");
    private final StringProperty annual = new SimpleStringProperty("");
    private final StringProperty signedOn = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty contractProblems = new SimpleStringProperty("");
    private final Command revise;
    private final Command saveContract;
    private final Command addCategory;
    private final Command renameCategory;
    private final Command moveCategoryUp;
    private final Command moveCategoryDown;
    private final Command toggleCategory;
    private ContractRow contract;
    private int year;

    PlanViewModel(FundingQueries queries, FundingService service, TaskRunner tasks, FinanceDialogs dialogs,
            Clock clock, Runnable changed) {
        this.queries = queries;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.changed = changed;
        revise = new Command(Bindings.createBooleanBinding(() -> problems.get().isEmpty() && category.get() != null,
                problems, category), this::revise);
        saveContract = new Command(Bindings.createBooleanBinding(() -> contractProblems.get().isEmpty(),
                contractProblems), this::saveContract);
        addCategory = new Command(Bindings.createBooleanBinding(() -> !newCategory.get().isBlank(), newCategory),
                this::addCategory);
        var chosen = listedCategory.isNotNull();
        var categoryBusy = addCategory.busyProperty();
        renameCategory = new Command(Bindings.createBooleanBinding(() -> listedCategory.get() != null
                && !categoryName.get().isBlank() && !categoryName.get().trim().equals(listedCategory.get().name()),
                listedCategory, categoryName), categoryBusy, this::renameCategory);
        moveCategoryUp = new Command(chosen, categoryBusy, () -> moveCategory(true));
        moveCategoryDown = new Command(chosen, categoryBusy, () -> moveCategory(false));
        toggleCategory = new Command(chosen, categoryBusy, this::toggleCategory);
        listedCategory.addListener((obs, o, n) -> categoryName.set(n == null ? "" : n.name()));
        for (var p : List.of(amountText, validFromText, reason)) {
            p.addListener((obs, o, n) -> check());
        }
        category.addListener((obs, o, n) -> check());
        for (var p : List.of(reference, title, funder, firstYear, lastYear, annual, signedOn, note)) {
            p.addListener((obs, o, n) -> checkContract());
        }
    }

    public void load(ContractRow c, int y) {
        this.contract = c;
        this.year = y;
        tasks.run(I18n.text("fundingui.loading"), () -> new Object[] {queries.revisions(c.id(), y),
            queries.categories()}, loaded -> {
                @SuppressWarnings("unchecked")
                List<RevisionRow> list = (List<RevisionRow>) loaded[0];
                @SuppressWarnings("unchecked")
                List<CategoryOption> cats = (List<CategoryOption>) loaded[1];
                revisions.setAll(list);
                categories.setAll(cats);
                reference.set(c.reference());
                title.set(c.title());
                funder.set(c.funder());
                firstYear.set(String.valueOf(c.firstYear()));
                lastYear.set(String.valueOf(c.lastYear()));
                annual.set(Formats.decimal(c.annualAmount(), 2));
                signedOn.set(Formats.date(c.signedOn()));
                note.set(c.note() == null ? "" : c.note());
                if (validFromText.get().isBlank()) {
                    LocalDate today = LocalDate.now(clock);
                    validFromText.set(Formats.date(today.getYear() == y ? today : LocalDate.of(y, 1, 1)));
                }
                check();
                checkContract();
            }, error -> dialogs.showFailure(I18n.text("fundingui.loadFailed"), error));
    }

    private void check() {
        List<Violation> v = new ArrayList<>();
        if (category.get() == null) {
            v.add(new Violation("funding.field.category", "common.validation.required"));
        }
        Optional<BigDecimal> amount = Formats.parseDecimal(amountText.get());
        if (amountText.get().isBlank()) {
            v.add(new Violation("funding.field.planned", "common.validation.required"));
        } else if (amount.isEmpty()) {
            v.add(new Violation("funding.field.planned", "funding.validation.amount"));
        } else if (amount.get().signum() < 0) {
            v.add(new Violation("funding.field.planned", "common.validation.notNegative"));
        } else if (amount.get().stripTrailingZeros().scale() > 2) {
            v.add(new Violation("funding.field.planned", "funding.validation.cents"));
        }
        Optional<LocalDate> from = Formats.parseDate(validFromText.get());
        if (from.isEmpty()) {
            v.add(new Violation("funding.field.validFrom", "common.validation.date"));
        } else if (from.get().getYear() != year) {
            v.add(new Violation("funding.field.validFrom", "funding.validation.inYear", String.valueOf(year)));
        }
        if (reason.get().isBlank()) {
            v.add(new Violation("funding.field.reason", "common.validation.required"));
        }
        problems.set(String.join("\n", v.stream().map(Violation::message).toList()));
    }

    public void revise() {
        CategoryOption c = category.get();
        BigDecimal amount = Formats.parseDecimal(amountText.get()).orElse(null);
        LocalDate from = Formats.parseDate(validFromText.get()).orElse(null);
        String why = reason.get();
        revise.busyProperty().set(true);
        tasks.run(I18n.text("fundingui.plan.saving"), () -> service.revise(contract.id(), year, c.id(), amount, from,
                why), done -> {
                    revise.busyProperty().set(false);
                    amountText.set("");
                    reason.set("");
                    changed.run();
                }, error -> {
                    revise.busyProperty().set(false);
                    problems.set(error.getMessage());
                });
    }

    private ContractInput contractInput() {
        return new ContractInput(contract == null ? null : contract.id(), contract == null ? 0 : contract.version(),
                reference.get(), title.get(), funder.get(), Formats.parseInteger(firstYear.get()).map(Long::intValue)
                        .orElse(null), Formats.parseInteger(lastYear.get()).map(Long::intValue).orElse(null),
                Formats.parseDecimal(annual.get()).orElse(null), Formats.parseDate(signedOn.get()).orElse(null),
                note.get());
    }

    private void checkContract() {
        List<Violation> v = new ArrayList<>();
        if (!signedOn.get().isBlank() && Formats.parseDate(signedOn.get()).isEmpty()) {
            v.add(new Violation("funding.field.signedOn", "common.validation.date"));
        }
        if (!annual.get().isBlank() && Formats.parseDecimal(annual.get()).isEmpty()) {
            v.add(new Violation("funding.field.annualAmount", "funding.validation.amount"));
        }
        v.addAll(contractInput().validate());
        contractProblems.set(String.join("\n", v.stream().map(Violation::message).toList()));
    }

    public void saveContract() {
        ContractInput in = contractInput();
        saveContract.busyProperty().set(true);
        tasks.run(I18n.text("fundingui.plan.saving"), () -> service.saveContract(in), saved -> {
            saveContract.busyProperty().set(false);
            contract = saved;
            changed.run();
        }, error -> {
            saveContract.busyProperty().set(false);
            contractProblems.set(error.getMessage());
        });
    }

    public void addCategory() {
        String name = newCategory.get().trim();
        int sort = categories.stream().mapToInt(CategoryOption::sortOrder).max().orElse(0) + 10;
        String code = "K" + sort;
        addCategory.busyProperty().set(true);
        tasks.run(I18n.text("fundingui.plan.saving"), () -> service.saveCategory(null, 0, code, name, sort, true),
                saved -> {
                    addCategory.busyProperty().set(false);
                    newCategory.set("");
                    changed.run();
                }, error -> {
                    addCategory.busyProperty().set(false);
                    dialogs.showFailure(I18n.text("fundingui.plan.categoryFailed"), error);
                });
    }

    /** Gives the chosen category the name typed for it. */
    public void renameCategory() {
        CategoryOption c = listedCategory.get();
        String name = categoryName.get().trim();
        saveCategory(c, () -> service.saveCategory(c.id(), c.version(), c.code(), name, c.sortOrder(), c.active()));
    }

    /** Takes the chosen category out of the choices for new expenses, or offers it again. */
    public void toggleCategory() {
        CategoryOption c = listedCategory.get();
        saveCategory(c, () -> service.saveCategory(c.id(), c.version(), c.code(), c.name(), c.sortOrder(), !c.active()));
    }

    /** Moves the chosen category one place up or down in every list and report. */
    public void moveCategory(boolean up) {
        CategoryOption c = listedCategory.get();
        saveCategory(c, () -> {
            service.moveCategory(c.id(), c.version(), up);
            return c;
        });
    }

    private void saveCategory(CategoryOption c, java.util.concurrent.Callable<CategoryOption> work) {
        if (c == null) {
            return;
        }
        addCategory.busyProperty().set(true);
        tasks.run(I18n.text("fundingui.plan.saving"), () -> {
            work.call();
            return queries.categories();
        }, list -> {
            addCategory.busyProperty().set(false);
            categories.setAll(list);
            listedCategory.set(list.stream().filter(o -> o.id() == c.id()).findFirst().orElse(null));
            changed.run();
        }, error -> {
            addCategory.busyProperty().set(false);
            dialogs.showFailure(I18n.text("fundingui.plan.categoryChangeFailed"), error);
        });
    }

    public ObjectProperty<CategoryOption> listedCategoryProperty() {
        return listedCategory;
    }

    public StringProperty categoryNameProperty() {
        return categoryName;
    }

    public Command renameCategoryCommand() {
        return renameCategory;
    }

    public Command moveCategoryUpCommand() {
        return moveCategoryUp;
    }

    public Command moveCategoryDownCommand() {
        return moveCategoryDown;
    }

    public Command toggleCategoryCommand() {
        return toggleCategory;
    }

    public ObservableList<RevisionRow> revisions() {
        return revisions;
    }

    public ObservableList<CategoryOption> categories() {
        return categories;
    }

    public ObjectProperty<CategoryOption> categoryProperty() {
        return category;
    }

    public StringProperty amountTextProperty() {
        return amountText;
    }

    public StringProperty validFromTextProperty() {
        return validFromText;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty problemsProperty() {
        return problems;
    }

    public StringProperty newCategoryProperty() {
        return newCategory;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty funderProperty() {
        return funder;
    }

    public StringProperty firstYearProperty() {
        return firstYear;
    }

    public StringProperty lastYearProperty() {
        return lastYear;
    }

    public StringProperty annualProperty() {
        return annual;
    }

    public StringProperty signedOnProperty() {
        return signedOn;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty contractProblemsProperty() {
        return contractProblems;
    }

    public Command reviseCommand() {
        return revise;
    }

    public Command saveContractCommand() {
        return saveContract;
    }

    public Command addCategoryCommand() {
        return addCategory;
    }
}
