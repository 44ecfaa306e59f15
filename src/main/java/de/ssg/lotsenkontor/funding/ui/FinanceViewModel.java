package de.ssg.lotsenkontor.funding.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.ExpenseLinkQueries;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.FundingService;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The finance area: which contract and year is looked at (shared by all its tabs), and the tabs'
 * view models, which reload when the choice changes.
 */
public final class FinanceViewModel {

    private final FundingQueries queries;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObservableList<ContractRow> contracts = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<ContractRow> contract = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final BudgetViewModel budget;
    private final LedgerViewModel ledger;
    private final FundsViewModel funds;
    private final PlanViewModel plan;
    private final Command load;
    private boolean choosing;

    public FinanceViewModel(FundingQueries queries, ExpenseLinkQueries links, FundingService service, TaskRunner tasks,
            FinanceDialogs dialogs, Clock clock) {
        this.queries = queries;
        this.tasks = tasks;
        this.clock = clock;
        this.budget = new BudgetViewModel(queries, tasks, dialogs, clock);
        this.ledger = new LedgerViewModel(queries, links, service, tasks, dialogs, clock);
        this.funds = new FundsViewModel(queries, service, tasks, dialogs, clock);
        this.plan = new PlanViewModel(queries, service, tasks, dialogs, clock, this::reloadShown);
        this.load = new Command(this::loadContracts);
        contract.addListener((obs, old, c) -> {
            choosing = true;
            try {
                years.clear();
                if (c != null) {
                    for (int y = c.firstYear(); y <= c.lastYear(); y++) {
                        years.add(y);
                    }
                    int now = LocalDate.now(clock).getYear();
                    year.set(Math.max(c.firstYear(), Math.min(c.lastYear(), now)));
                }
            } finally {
                choosing = false;
            }
            reloadShown();
        });
        year.addListener((obs, old, y) -> {
            if (!choosing) {
                reloadShown();
            }
        });
    }

    /** Reads the contracts and shows the one running today (else the latest). */
    public void loadContracts() {
        load.busyProperty().set(true);
        tasks.run(I18n.text("fundingui.loading"), queries::contracts, list -> {
            load.busyProperty().set(false);
            ContractRow keep = contract.get();
            contracts.setAll(list);
            ContractRow chosen = keep == null ? null
                    : list.stream().filter(c -> c.id() == keep.id()).findFirst().orElse(null);
            if (chosen == null) {
                int now = LocalDate.now(clock).getYear();
                chosen = list.stream().filter(c -> c.firstYear() <= now && c.lastYear() >= now).findFirst()
                        .orElse(list.isEmpty() ? null : list.get(list.size() - 1));
            }
            if (chosen != null && chosen.equals(contract.get())) {
                reloadShown();
            } else {
                contract.set(chosen);
            }
        }, error -> load.busyProperty().set(false));
    }

    /** Loads every tab for the chosen contract and year again. */
    public void reloadShown() {
        ContractRow c = contract.get();
        Integer y = year.get();
        if (c == null || y == null) {
            return;
        }
        // the budget first: it is what the area opens with; the ledger (all receipts of the year) after it
        budget.load(c, y, () -> {
            ledger.load(c, y);
            funds.load(c);
            plan.load(c, y);
        });
    }

    public List<ContractRow> contractList() {
        return contracts;
    }

    public ObservableList<ContractRow> contracts() {
        return contracts;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<ContractRow> contractProperty() {
        return contract;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public Command loadCommand() {
        return load;
    }

    public BudgetViewModel budget() {
        return budget;
    }

    public LedgerViewModel ledger() {
        return ledger;
    }

    public FundsViewModel funds() {
        return funds;
    }

    public PlanViewModel plan() {
        return plan;
    }
}
