package de.ssg.lotsenkontor.funding.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.FundingService;
import de.ssg.lotsenkontor.funding.FundsPosition;
import de.ssg.lotsenkontor.funding.FundsRequestInput;
import de.ssg.lotsenkontor.funding.FundsRequestRow;
import de.ssg.lotsenkontor.funding.ProofDeadline;
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
 * Funds requests of a contract: the money held and how much may be requested now (two-month
 * rule, ANBest-P 1.4), every request with its check, the form for a new request with a live
 * warning, and the proof-of-use deadlines.
 */
public final class FundsViewModel {

    private final FundingQueries queries;
    private final FundingService service;
    private final TaskRunner tasks;
    private final FinanceDialogs dialogs;
    private final Clock clock;
    private final ObjectProperty<FundsPosition> position = new SimpleObjectProperty<>();
    private final ObservableList<FundsRequestRow> requests = FXCollections.observableArrayList();
    private final ObservableList<ProofDeadline> deadlines = FXCollections.observableArrayList();
    private final StringProperty requestNo = new SimpleStringProperty("");
    private final StringProperty dateText = new SimpleStringProperty("");
    private final StringProperty amountText = new SimpleStringProperty("");
    private final StringProperty receivedDateText = new SimpleStringProperty("");
    private final StringProperty receivedText = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final StringProperty nextDeadline = new SimpleStringProperty("");
    private final Command save;
    private final Command submitted;
    private final ObjectProperty<ProofDeadline> selectedDeadline = new SimpleObjectProperty<>();
    private ContractRow contract;

    FundsViewModel(FundingQueries queries, FundingService service, TaskRunner tasks, FinanceDialogs dialogs,
            Clock clock) {
        this.queries = queries;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        save = new Command(Bindings.createBooleanBinding(() -> problems.get().isEmpty() && contract != null
                && !amountText.get().isBlank(), problems, amountText, position), this::saveRequest);
        submitted = new Command(Bindings.createBooleanBinding(() -> selectedDeadline.get() != null
                && selectedDeadline.get().open(), selectedDeadline), this::markSubmitted);
        for (StringProperty p : List.of(requestNo, dateText, amountText, receivedDateText, receivedText)) {
            p.addListener((obs, o, n) -> check());
        }
    }

    public void load(ContractRow c) {
        this.contract = c;
        LocalDate today = LocalDate.now(clock);
        tasks.run(I18n.text("fundingui.loading"), () -> queries.funds(c.id(), today), this::show,
                error -> dialogs.showFailure(I18n.text("fundingui.loadFailed"), error));
    }

    private void show(FundsPosition p) {
        position.set(p);
        requests.setAll(p.requests());
        deadlines.setAll(p.deadlines());
        nextDeadline.set(p.deadlines().stream().filter(ProofDeadline::open).findFirst()
                .map(d -> I18n.text(d.overdue() ? "fundingui.funds.nextOverdue" : "fundingui.funds.next",
                        I18n.of("funding.proofKind", d.kind()), String.valueOf(d.year()), Formats.date(d.due())))
                .orElse(I18n.text("fundingui.funds.noneOpen")));
        if (requestNo.get().isBlank()) {
            requestNo.set("MA-" + LocalDate.now(clock).getYear() + "-" + (p.requests().size() + 1));
        }
        if (dateText.get().isBlank()) {
            dateText.set(Formats.date(LocalDate.now(clock)));
        }
        check();
    }

    /** Checks the typed request and, when it is complete, warns by the two-month rule (live, as typed). */
    private void check() {
        List<Violation> v = new ArrayList<>();
        Optional<LocalDate> on = Formats.parseDate(dateText.get());
        Optional<BigDecimal> amount = Formats.parseDecimal(amountText.get());
        if (!dateText.get().isBlank() && on.isEmpty()) {
            v.add(new Violation("funding.field.requestedOn", "common.validation.date"));
        }
        if (!amountText.get().isBlank() && amount.isEmpty()) {
            v.add(new Violation("funding.field.requested", "funding.validation.amount"));
        }
        Optional<LocalDate> receivedOn = Formats.parseDate(receivedDateText.get());
        Optional<BigDecimal> received = Formats.parseDecimal(receivedText.get());
        if (!receivedDateText.get().isBlank() && receivedOn.isEmpty()) {
            v.add(new Violation("funding.field.receivedOn", "common.validation.date"));
        }
        if (!receivedText.get().isBlank() && received.isEmpty()) {
            v.add(new Violation("funding.field.received", "funding.validation.amount"));
        }
        if (v.isEmpty()) {
            v.addAll(input().validate());
        }
        problems.set(String.join("\n", v.stream().map(Violation::message).toList()));
        FundsPosition p = position.get();
        if (p == null || on.isEmpty() || amount.isEmpty() || amount.get().signum() <= 0) {
            warning.set("");
            return;
        }
        // the rule on today's figures; a request on another day is checked with that day's figures on saving
        BigDecimal heldAfter = p.held().add(p.pending()).add(amount.get());
        warning.set(heldAfter.compareTo(p.twoMonthPlan()) > 0 ? I18n.text("fundingui.funds.warning",
                Formats.money(heldAfter), Formats.money(p.twoMonthPlan()), Formats.money(p.mayRequest())) : "");
    }

    FundsRequestInput input() {
        return new FundsRequestInput(null, 0, contract == null ? 0 : contract.id(), requestNo.get().trim(),
                Formats.parseDate(dateText.get()).orElse(null), Formats.parseDecimal(amountText.get()).orElse(null),
                Formats.parseDate(receivedDateText.get()).orElse(null),
                Formats.parseDecimal(receivedText.get()).orElse(null), null);
    }

    public void saveRequest() {
        FundsRequestInput in = input();
        save.busyProperty().set(true);
        tasks.run(I18n.text("fundingui.funds.saving"), () -> service.saveFundsRequest(in), saved -> {
            save.busyProperty().set(false);
            requestNo.set("");
            amountText.set("");
            receivedDateText.set("");
            receivedText.set("");
            load(contract);
        }, error -> {
            save.busyProperty().set(false);
            problems.set(error.getMessage());
        });
    }

    public void markSubmitted() {
        ProofDeadline d = selectedDeadline.get();
        if (d == null || !d.open()) {
            return;
        }
        submitted.busyProperty().set(true);
        LocalDate today = LocalDate.now(clock);
        tasks.run(I18n.text("fundingui.funds.saving"), () -> {
            service.markProofSubmitted(contract.id(), d.year(), d.kind(), today);
            return d;
        }, done -> {
            submitted.busyProperty().set(false);
            load(contract);
        }, error -> {
            submitted.busyProperty().set(false);
            dialogs.showFailure(I18n.text("fundingui.funds.submitFailed"), error);
        });
    }

    public ObjectProperty<FundsPosition> positionProperty() {
        return position;
    }

    public ObservableList<FundsRequestRow> requests() {
        return requests;
    }

    public ObservableList<ProofDeadline> deadlines() {
        return deadlines;
    }

    public StringProperty requestNoProperty() {
        return requestNo;
    }

    public StringProperty dateTextProperty() {
        return dateText;
    }

    public StringProperty amountTextProperty() {
        return amountText;
    }

    public StringProperty receivedDateTextProperty() {
        return receivedDateText;
    }

    public StringProperty receivedTextProperty() {
        return receivedText;
    }

    public StringProperty problemsProperty() {
        return problems;
    }

    public StringProperty warningProperty() {
        return warning;
    }

    public StringProperty nextDeadlineProperty() {
        return nextDeadline;
    }

    public ObjectProperty<ProofDeadline> selectedDeadlineProperty() {
        return selectedDeadline;
    }

    public Command saveCommand() {
        return save;
    }

    public Command submittedCommand() {
        return submitted;
    }
}
