package de.ssg.lotsenkontor.funding.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.funding.BudgetStatus;
import de.ssg.lotsenkontor.funding.CategoryBudget;
import de.ssg.lotsenkontor.funding.CategoryOption;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.ExpenseColumns;
import de.ssg.lotsenkontor.funding.ExpenseRow;
import de.ssg.lotsenkontor.funding.ExpenseSource;
import de.ssg.lotsenkontor.funding.ExpenseLink;
import de.ssg.lotsenkontor.funding.FundsRequestRow;
import de.ssg.lotsenkontor.funding.ProofDeadline;
import de.ssg.lotsenkontor.funding.RevisionRow;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.ui.PrintActions;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.Forms;
import de.ssg.lotsenkontor.ui.MasterDetailPane;
import de.ssg.lotsenkontor.ui.SearchField;
import de.ssg.lotsenkontor.ui.SearchPicker;
import de.ssg.lotsenkontor.ui.TableColumns;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The area "Finanzen": contract and year on top, then four tabs: Soll/Ist (budget against actual
 * with the 20 % rule and two charts), Belege (the ledger with fast entry), Mittelabrufe (funds
 * held, requests with the two-month rule, deadlines) and Finanzplan (revisions, the contract,
 * categories). The view lays out and binds; the view models hold the commands.
 */
public final class FinanceView {

    private final PrintActions print;

    public static final String STYLESHEET = FinanceView.class.getResource("funding.css").toExternalForm();
    private static final PseudoClass OVER_LIMIT = PseudoClass.getPseudoClass("over-limit");
    private static final PseudoClass BALANCED = PseudoClass.getPseudoClass("balanced");
    private static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");

    private final FinanceViewModel model;
    private final BorderPane root = new BorderPane();

    /** Lays out and binds the area; the view model (built by the app) holds the commands. */
    public FinanceView(FinanceViewModel model, PrintActions print) {
        this.model = model;
        this.print = print;
        root.getStylesheets().add(STYLESHEET);
        root.setId("financeView");
        root.setTop(header());
        TabPane tabs = new TabPane(
                tab("fundingui.tab.budget", budgetTab()),
                tab("fundingui.tab.ledger", ledgerTab()),
                tab("fundingui.tab.funds", fundsTab()),
                tab("fundingui.tab.plan", planTab()));
        tabs.setId("financeTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        model.loadContracts();
    }

    public Node node() {
        return root;
    }

    /** Reads everything again (after demo data or an import). */
    public void reload() {
        model.loadContracts();
    }

    public FinanceViewModel viewModel() {
        return model;
    }

    /** Adds a tab after the others (the expense import's "Importe"). */
    public void addTab(String titleKey, Node content) {
        ((TabPane) root.getCenter()).getTabs().add(tab(titleKey, content));
    }

    private static Tab tab(String key, Node content) {
        Tab tab = new Tab(I18n.text(key), content);
        tab.setId(key.substring(key.lastIndexOf('.') + 1) + "Tab");
        return tab;
    }

    private Node header() {
        ComboBox<ContractRow> contract = new ComboBox<>(model.contracts());
        contract.setId("contractChoice");
        contract.valueProperty().bindBidirectional(model.contractProperty());
        contract.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<Integer> year = new ComboBox<>(model.years());
        year.setId("yearChoice");
        year.valueProperty().bindBidirectional(model.yearProperty());
        year.setMinWidth(Region.USE_PREF_SIZE);
        Button reload = new Button(null, new FontIcon(Material2MZ.REFRESH));
        reload.setTooltip(new Tooltip(I18n.text("fundingui.reload")));
        reload.disableProperty().bind(model.loadCommand().canRunBinding().not());
        reload.setOnAction(e -> model.loadCommand().run());
        Label title = new Label(I18n.text("fundingui.title"));
        title.getStyleClass().add("title-2");
        HBox bar = new HBox(10, title, new Label(I18n.text("fundingui.contract")), contract,
                new Label(I18n.text("fundingui.year")), year, reload);
        bar.getStyleClass().add("view-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    // ---- Soll/Ist ----------------------------------------------------------------------------

    private Node budgetTab() {
        BudgetViewModel vm = model.budget();
        TableView<CategoryBudget> table = new TableView<>();
        table.setId("budgetTable");
        table.setPlaceholder(new Label(I18n.text("fundingui.empty")));
        addGrouped(table, budgetColumns());
        // columns as wide as their figures; where the screen is narrower, the table scrolls sideways
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // a figure is never cut: each column is at least as wide as its widest figure
        vm.rows().addListener((ListChangeListener<CategoryBudget>) c -> fitToFigures(table, vm.rows()));
        table.setItems(vm.rows());
        table.setRowFactory(t -> new TableRow<>() {
            // one tooltip per row, its text changed with the row (a new tooltip is a new popup scene)
            private final Tooltip status = new Tooltip();

            @Override
            protected void updateItem(CategoryBudget item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVER_LIMIT, !empty && item != null
                        && (item.status() == BudgetStatus.OVER_LIMIT || item.status() == BudgetStatus.NOT_BALANCED));
                pseudoClassStateChanged(BALANCED, !empty && item != null && item.status() == BudgetStatus.BALANCED);
                if (empty || item == null) {
                    setTooltip(null);
                } else {
                    status.setText(I18n.of("funding.status", item.status()));
                    setTooltip(status);
                }
            }
        });

        Label summary = new Label();
        summary.setId("budgetSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("finance-totals");
        VBox findings = new VBox(2);
        findings.setId("budgetFindings");
        vm.findings().addListener((ListChangeListener<String>) c -> {
            findings.getChildren().clear();
            boolean none = vm.findings().size() == 1 && vm.findings().get(0).equals(I18n.text("fundingui.finding.none"));
            for (String f : vm.findings()) {
                Label l = new Label(f);
                l.setWrapText(true);
                l.getStyleClass().add("finding");
                if (!none && !f.contains(I18n.text("fundingui.finding.balancedMarker"))) {
                    l.getStyleClass().add("finding-bad");
                }
                findings.getChildren().add(l);
            }
        });
        Button export = new Button(I18n.text("fundingui.export.proofButton"), new FontIcon(Material2MZ.SAVE_ALT));
        export.setId("exportProof");
        export.disableProperty().bind(vm.exportCommand().canRunBinding().not());
        export.setOnAction(e -> vm.exportCommand().run());
        export.setMinWidth(Region.USE_PREF_SIZE);
        MenuButton printProof = print.button("printProof", vm::proofPrintable, vm.exportCommand().canRunBinding());
        HBox top = new HBox(12, findings, spacer(), export, printProof);
        top.setAlignment(Pos.TOP_LEFT);
        table.getStyleClass().add("dense");
        table.setFixedCellSize(28);
        // every category and the total without scrolling
        table.prefHeightProperty().bind(Bindings.size(vm.rows()).multiply(28).add(112)); // headings and a scroll bar
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.maxHeightProperty().bind(table.prefHeightProperty());

        // charts
        CategoryAxis catAxis = new CategoryAxis();
        NumberAxis moneyAxis = new NumberAxis();
        moneyAxis.setTickLabelFormatter(euroAxis());
        BarChart<Number, String> bars = new BarChart<>(moneyAxis, catAxis);
        bars.setId("planChart");
        bars.setTitle(I18n.text("fundingui.chart.plan"));
        bars.setAnimated(false);
        bars.setLegendVisible(true);
        bars.setMinHeight(200);
        bars.setBarGap(1);
        bars.setCategoryGap(6);
        CategoryAxis monthAxis = new CategoryAxis();
        NumberAxis cumAxis = new NumberAxis();
        cumAxis.setTickLabelFormatter(euroAxis());
        LineChart<String, Number> line = new LineChart<>(monthAxis, cumAxis);
        line.setId("burnChart");
        line.setTitle(I18n.text("fundingui.chart.burn"));
        line.setAnimated(false);
        line.setCreateSymbols(false);
        line.setMinHeight(200);
        // the series are made once and their points updated in place: a new series means new bar
        // nodes, a new legend and the axes' categories from scratch on every load
        XYChart.Series<Number, String> planSeries = new XYChart.Series<>();
        planSeries.setName(I18n.text("fundingui.chart.planSeries"));
        XYChart.Series<Number, String> spentSeries = new XYChart.Series<>();
        spentSeries.setName(I18n.text("fundingui.chart.spentSeries"));
        bars.getData().setAll(List.of(planSeries, spentSeries));
        vm.rows().addListener((ListChangeListener<CategoryBudget>) c -> {
            List<CategoryBudget> shown = new ArrayList<>(vm.categoryRows());
            java.util.Collections.reverse(shown); // the first category on top
            List<String> names = shown.stream().map(b -> shortName(b.category())).toList();
            List<Number> planned = shown.stream().<Number>map(CategoryBudget::current).toList();
            List<Number> spent = shown.stream().<Number>map(CategoryBudget::spentEligible).toList();
            updateBars(planSeries, names, planned);
            updateBars(spentSeries, names, spent);
            fitTicks(bars, bars.getWidth());
        });
        bars.widthProperty().addListener((o, was, now) -> fitTicks(bars, now.doubleValue()));
        XYChart.Series<String, Number> cumulativeSeries = new XYChart.Series<>();
        cumulativeSeries.setName(I18n.text("fundingui.chart.cumulative"));
        XYChart.Series<String, Number> proRataSeries = new XYChart.Series<>();
        proRataSeries.setName(I18n.text("fundingui.chart.proRata"));
        line.getData().setAll(List.of(cumulativeSeries, proRataSeries));
        vm.months().addListener((ListChangeListener<BudgetViewModel.MonthPoint>) c -> {
            List<String> spentMonths = new ArrayList<>();
            List<Number> spent = new ArrayList<>();
            List<String> allMonths = new ArrayList<>();
            List<Number> proRata = new ArrayList<>();
            for (BudgetViewModel.MonthPoint p : vm.months()) {
                String m = I18n.text("fundingui.monthShort." + p.month());
                if (p.cumulativeSpent() != null) {
                    spentMonths.add(m);
                    spent.add(p.cumulativeSpent());
                }
                allMonths.add(m);
                proRata.add(p.proRataPlan());
            }
            updateLine(cumulativeSeries, spentMonths, spent);
            updateLine(proRataSeries, allMonths, proRata);
        });
        HBox charts = new HBox(8, bars, line);
        HBox.setHgrow(bars, Priority.ALWAYS);
        HBox.setHgrow(line, Priority.ALWAYS);
        bars.setPrefWidth(10);
        line.setPrefWidth(10);

        VBox box = new VBox(6, summary, top, table, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        charts.setMinHeight(230);
        box.setPadding(new Insets(10, 12, 10, 12));
        // on a laptop screen the charts are reached by scrolling; a larger screen shows everything
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    /**
     * The money axis lies horizontally, and JavaFX spaces its ticks as if the labels were narrow:
     * "150 T€" ran into "200 T€". One tick per 90 pixels at most, on a round step of 1, 2 or 5.
     */
    private static void fitTicks(BarChart<Number, String> chart, double width) {
        NumberAxis axis = (NumberAxis) chart.getXAxis();
        double max = 0;
        for (XYChart.Series<Number, String> series : chart.getData()) {
            for (XYChart.Data<Number, String> d : series.getData()) {
                max = Math.max(max, d.getXValue().doubleValue());
            }
        }
        if (max <= 0 || width <= 0) {
            axis.setAutoRanging(true);
            return;
        }
        int ticks = Math.max(2, (int) (width / 90));
        double raw = max / ticks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw <= magnitude ? magnitude : raw <= 2 * magnitude ? 2 * magnitude
                : raw <= 5 * magnitude ? 5 * magnitude : 10 * magnitude;
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(Math.ceil(max / step) * step);
        axis.setTickUnit(step);
        axis.setMinorTickCount(0);
    }

    /** Sets the bars of a series: in place when the categories are the same as before, else anew. */
    private static void updateBars(XYChart.Series<Number, String> series, List<String> names, List<Number> values) {
        var data = series.getData();
        boolean same = data.size() == names.size();
        for (int i = 0; same && i < names.size(); i++) {
            same = data.get(i).getYValue().equals(names.get(i));
        }
        if (same) {
            for (int i = 0; i < names.size(); i++) {
                if (!data.get(i).getXValue().equals(values.get(i))) {
                    data.get(i).setXValue(values.get(i));
                }
            }
        } else {
            List<XYChart.Data<Number, String>> points = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                points.add(new XYChart.Data<>(values.get(i), names.get(i)));
            }
            data.setAll(points);
        }
    }

    /** Sets the points of a line: in place for the months it already has, added or removed at the end. */
    private static void updateLine(XYChart.Series<String, Number> series, List<String> months, List<Number> values) {
        var data = series.getData();
        int keep = 0;
        while (keep < Math.min(data.size(), months.size()) && data.get(keep).getXValue().equals(months.get(keep))) {
            keep++;
        }
        if (keep < data.size()) {
            data.remove(keep, data.size());
        }
        for (int i = 0; i < keep; i++) {
            if (!data.get(i).getYValue().equals(values.get(i))) {
                data.get(i).setYValue(values.get(i));
            }
        }
        List<XYChart.Data<String, Number>> added = new ArrayList<>();
        for (int i = keep; i < months.size(); i++) {
            added.add(new XYChart.Data<>(months.get(i), values.get(i)));
        }
        data.addAll(added);
    }

    private static String shortName(String category) {
        return category.length() > 22 ? category.substring(0, 21) + "…" : category;
    }

    private static StringConverter<Number> euroAxis() {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double d = n.doubleValue();
                return Math.abs(d) >= 1000 ? Formats.integer(Math.round(d / 1000)) + " T€" : Formats.integer(Math.round(d)) + " €";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        };
    }

    /**
     * The budget columns under two-level headings (Plan: ursprünglich, aktuell; Ist: brutto,
     * zuwendungsfähig; …), so that the short headings let every figure fit on a laptop screen.
     * Each column keeps its full title for the export.
     */
    private static void addGrouped(TableView<CategoryBudget> table, List<ColumnDef<CategoryBudget>> defs) {
        java.util.Map<String, javafx.scene.control.TableColumn<CategoryBudget, ?>> groups = new java.util.HashMap<>();
        for (ColumnDef<CategoryBudget> def : defs) {
            javafx.scene.control.TableColumn<CategoryBudget, Object> column = TableColumns.column(def);
            String group = I18n.has("fundingui.budget.group." + def.id())
                    ? I18n.text("fundingui.budget.group." + def.id()) : null;
            if (I18n.has("fundingui.budget.short." + def.id())) {
                column.setText(I18n.text("fundingui.budget.short." + def.id()));
            }
            if (!def.id().equals("category")) {
                column.setPrefWidth(def.type() == ColumnType.PERCENT ? 64 : 92);
                column.setMinWidth(def.type() == ColumnType.PERCENT ? 60 : 80);
            } else {
                column.setMinWidth(130);
                column.setPrefWidth(150);
            }
            if (group == null) {
                table.getColumns().add(column);
            } else {
                var parent = groups.get(group);
                if (parent == null) {
                    parent = new javafx.scene.control.TableColumn<CategoryBudget, Object>(group);
                    groups.put(group, parent);
                    table.getColumns().add(parent);
                }
                parent.getColumns().add(column);
            }
        }
    }

    /** Widens every column below its heading to the widest figure it shows (plus the cell's padding). */
    private static void fitToFigures(TableView<CategoryBudget> table, List<CategoryBudget> rows) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        // the cells' own font once they are there (the style sheet sets it), else the default one
        probe.setFont(table.lookup(".table-cell") instanceof javafx.scene.control.Labeled cell ? cell.getFont()
                : javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getSize() * 1.1));
        for (var group : table.getColumns()) {
            var leaves = group.getColumns().isEmpty() ? List.of(group) : group.getColumns();
            for (var column : leaves) {
                ColumnDef<CategoryBudget> def = TableColumns.definition(column);
                if (def == null) {
                    continue;
                }
                double widest = 0;
                for (CategoryBudget row : rows) {
                    probe.setText(TableColumns.format(def.type(), def.value().apply(row)));
                    widest = Math.max(widest, probe.getLayoutBounds().getWidth());
                }
                double fitted = Math.ceil(widest) + 14;
                if (def.id().equals("category")) {
                    column.setPrefWidth(Math.min(Math.max(130, fitted), 220));
                } else {
                    column.setMinWidth(Math.max(def.type() == ColumnType.PERCENT ? 60 : 80, fitted));
                    column.setPrefWidth(column.getMinWidth());
                }
            }
        }
    }

    static List<ColumnDef<CategoryBudget>> budgetColumns() {
        return List.of(
                ColumnDef.of("category", t("col.category"), ColumnType.TEXT, 20, CategoryBudget::category),
                ColumnDef.of("original", t("col.original"), ColumnType.DECIMAL, 11, CategoryBudget::original),
                ColumnDef.of("current", t("col.current"), ColumnType.DECIMAL, 11, CategoryBudget::current),
                ColumnDef.of("gross", t("col.gross"), ColumnType.DECIMAL, 11, CategoryBudget::spentGross),
                ColumnDef.of("eligible", t("col.eligible"), ColumnType.DECIMAL, 11, CategoryBudget::spentEligible),
                ColumnDef.of("remaining", t("col.remaining"), ColumnType.DECIMAL, 11, CategoryBudget::remaining),
                ColumnDef.of("share", t("col.share"), ColumnType.PERCENT, 6, CategoryBudget::shareSpent),
                ColumnDef.of("proRata", t("col.proRata"), ColumnType.DECIMAL, 11, CategoryBudget::proRata),
                ColumnDef.of("forecast", t("col.forecast"), ColumnType.DECIMAL, 11, CategoryBudget::forecast),
                ColumnDef.of("deviation", t("col.deviation"), ColumnType.DECIMAL, 11, CategoryBudget::deviation),
                ColumnDef.of("deviationShare", t("col.deviationShare"), ColumnType.PERCENT, 6,
                        CategoryBudget::deviationShare));
    }

    private static String t(String key) {
        return I18n.text("fundingui.budget." + key);
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    // ---- Belege ------------------------------------------------------------------------------

    /** A menu button with its icon only (the tooltip names it), like the ledger's export beside it. */
    private static MenuButton iconOnly(MenuButton button) {
        button.setAccessibleText(button.getTooltip().getText());
        button.setText(null);
        return button;
    }

    private Node ledgerTab() {
        LedgerViewModel vm = model.ledger();
        TableView<ExpenseRow> table = new TableView<>();
        table.setId("ledgerTable");
        table.setPlaceholder(new Label(I18n.text("fundingui.empty")));
        TableColumns.addAll(table, ExpenseColumns.all());
        vm.rows().tableRows().showIn(table);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ExpenseRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(CANCELLED, !empty && item != null && item.cancelled());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null) {
                vm.selectedProperty().set(n);
            }
        });

        TextField search = SearchField.create("ledgerSearch", I18n.text("fundingui.ledger.search"),
                vm.rows().searchProperty());
        search.setPrefWidth(200);
        ComboBox<CategoryOption> category = new ComboBox<>();
        category.setId("ledgerCategory");
        category.setPromptText(I18n.text("fundingui.ledger.allCategories"));
        category.setItems(vm.categories());
        category.valueProperty().bindBidirectional(vm.categoryFilterProperty());
        category.setButtonCell(promptCell(I18n.text("fundingui.ledger.allCategories")));
        ComboBox<Integer> month = new ComboBox<>();
        month.setId("ledgerMonth");
        for (int m = 1; m <= 12; m++) {
            month.getItems().add(m);
        }
        month.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer m) {
                return m == null ? I18n.text("fundingui.ledger.allMonths") : I18n.text("funding.month." + m);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        month.setPromptText(I18n.text("fundingui.ledger.allMonths"));
        month.valueProperty().bindBidirectional(vm.monthFilterProperty());
        TextField min = new TextField();
        min.setId("ledgerMin");
        min.setPromptText(I18n.text("fundingui.ledger.min"));
        min.setPrefColumnCount(6);
        min.textProperty().bindBidirectional(vm.minAmountProperty());
        TextField max = new TextField();
        max.setId("ledgerMax");
        max.setPromptText(I18n.text("fundingui.ledger.max"));
        max.setPrefColumnCount(6);
        max.textProperty().bindBidirectional(vm.maxAmountProperty());
        ComboBox<ExpenseSource> source = new ComboBox<>();
        source.setId("ledgerSource");
        source.getItems().addAll(ExpenseSource.values());
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExpenseSource s) {
                return s == null ? I18n.text("fundingui.ledger.allSources") : I18n.of("funding.source", s);
            }

            @Override
            public ExpenseSource fromString(String s) {
                return null;
            }
        });
        source.setPromptText(I18n.text("fundingui.ledger.allSources"));
        source.valueProperty().bindBidirectional(vm.sourceFilterProperty());
        CheckBox cancelled = new CheckBox(I18n.text("fundingui.ledger.showCancelled"));
        cancelled.setId("ledgerShowCancelled");
        cancelled.selectedProperty().bindBidirectional(vm.showCancelledProperty());
        Button reset = SearchField.resetButton(I18n.text("fundingui.ledger.reset"), vm::resetFilters);
        Button export = new Button(null, new FontIcon(Material2MZ.TABLE_VIEW));
        export.setTooltip(new Tooltip(I18n.text("fundingui.export.ledgerButton")));
        export.setOnAction(e -> vm.exportCommand().run());
        export.disableProperty().bind(vm.exportCommand().canRunBinding().not());
        FlowPane filters = new FlowPane(8, 6, search, category, month, min, max, source, cancelled, reset, export,
                iconOnly(print.button("printLedger", vm::ledgerPrintable, vm.exportCommand().canRunBinding())));
        filters.setAlignment(Pos.CENTER_LEFT);
        Label count = new Label();
        count.setId("ledgerCount");
        count.textProperty().bind(vm.rows().countText());
        Label totals = new Label();
        totals.setId("ledgerTotals");
        totals.getStyleClass().add("finance-totals");
        totals.textProperty().bind(vm.totalsProperty());
        totals.setWrapText(true);
        totals.setMinHeight(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox sums = new HBox(16, count, totals);
        HBox.setHgrow(totals, Priority.ALWAYS);
        VBox master = new VBox(8, filters, table, sums);
        master.setPadding(new Insets(10, 4, 10, 12));
        VBox.setVgrow(table, Priority.ALWAYS);

        table.setTableMenuButtonVisible(true);
        for (var column : table.getColumns()) {
            // shown on request (the table menu): the ledger stays readable on a laptop screen
            if (List.of("source", "cancelledOn", "receiptLocation", "note").contains(column.getId())) {
                column.setVisible(false);
            }
        }
        return new MasterDetailPane("expenses", master, expenseForm(vm), 380).keepingDetailWidth().alwaysExpanded()
                .node();
    }

    private static <T> ListCell<T> promptCell(String prompt) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? prompt : item.toString());
            }
        };
    }

    private Node expenseForm(LedgerViewModel vm) {
        ExpenseFormModel f = vm.form();
        GridPane grid = Forms.grid();
        Label title = Forms.title("expenseTitle");
        title.textProperty().bind(Bindings.createStringBinding(() -> f.detailsProperty().get() == null
                ? I18n.text("fundingui.ledger.newReceipt")
                : I18n.text(f.detailsProperty().get().cancelled() ? "fundingui.ledger.cancelledReceipt"
                        : "fundingui.ledger.receipt", f.detailsProperty().get().receiptNo()), f.detailsProperty()));
        int r = 0;
        TextField receipt = Forms.field("expReceiptNo", f.receiptNoProperty());
        r = Forms.addRow(grid, r, "funding.field.receiptNo", receipt);
        r = Forms.addRow(grid, r, "funding.field.paymentDate", Forms.date("expPaymentDate", f.dateTextProperty()));
        r = Forms.addRow(grid, r, "funding.field.payee", Forms.field("expPayee", f.payeeProperty()));
        r = Forms.addRow(grid, r, "funding.field.purpose", Forms.field("expPurpose", f.purposeProperty()));
        ComboBox<CategoryOption> category = new ComboBox<>(vm.categories());
        category.setId("expCategory");
        category.setMaxWidth(Double.MAX_VALUE);
        category.valueProperty().bindBidirectional(f.categoryProperty());
        r = Forms.addRow(grid, r, "funding.field.category", category);
        TextField gross = Forms.field("expGross", f.grossTextProperty());
        gross.setAlignment(Pos.CENTER_RIGHT);
        r = Forms.addRow(grid, r, "funding.field.gross", gross);
        TextField eligible = Forms.field("expEligible", f.eligibleTextProperty());
        eligible.setAlignment(Pos.CENTER_RIGHT);
        eligible.setPromptText(I18n.text("fundingui.ledger.eligiblePrompt"));
        r = Forms.addRow(grid, r, "funding.field.eligible", eligible);
        SearchPicker<ExpenseLink> link = new SearchPicker<>(ExpenseLink::label, null);
        link.node().setId("expLink");
        link.node().setPromptText(I18n.text("fundingui.ledger.linkShort"));
        link.setItems(vm.links());
        vm.links().addListener((ListChangeListener<ExpenseLink>) c -> link.setItems(vm.links()));
        link.valueProperty().bindBidirectional(f.linkProperty());
        r = Forms.addRow(grid, r, "funding.field.link", link.node());
        r = Forms.addRow(grid, r, "fundingui.ledger.location",
                Forms.field("expLocation", f.receiptLocationProperty()));
        r = Forms.addRow(grid, r, "funding.field.note", Forms.field("expNote", f.noteProperty()));
        TextField reason = Forms.field("expReason", f.correctionReasonProperty());
        Label reasonLabel = new Label(I18n.text("fundingui.ledger.reason"));
        grid.add(reasonLabel, 0, r);
        grid.add(reason, 1, r++);
        reason.visibleProperty().bind(f.detailsProperty().isNotNull());
        reasonLabel.visibleProperty().bind(reason.visibleProperty());
        Label problems = Forms.problems("expenseProblems", f.violations(), f::violationText);
        Label saveError = new Label();
        saveError.setId("expenseSaveError");
        saveError.getStyleClass().add("validation-message");
        saveError.setWrapText(true);
        saveError.textProperty().bind(vm.saveErrorProperty());
        saveError.managedProperty().bind(saveError.textProperty().isNotEmpty());

        Button save = new Button(I18n.text("fundingui.ledger.save"), new FontIcon(Material2MZ.SAVE));
        save.setId("saveExpense");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.saveCommand().canRunBinding().not());
        save.setOnAction(e -> {
            vm.saveCommand().run();
            receipt.requestFocus();
        });
        Button fresh = new Button(null, new FontIcon(Material2AL.ADD));
        fresh.setId("newExpense");
        fresh.setTooltip(new Tooltip(I18n.text("fundingui.ledger.new")));
        fresh.setOnAction(e -> {
            vm.newCommand().run();
            receipt.requestFocus();
        });
        Button cancel = new Button(I18n.text("fundingui.ledger.cancel"), new FontIcon(Material2AL.BLOCK));
        cancel.setId("cancelExpense");
        cancel.disableProperty().bind(vm.cancelCommand().canRunBinding().not());
        cancel.setOnAction(e -> vm.cancelCommand().run());
        for (Button b : List.of(save, cancel)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, save, cancel, fresh);

        // Enter moves on to the next field; on the last one it saves
        List<Control> order = new ArrayList<>(List.of(receipt, (Control) grid.lookup("#expPaymentDate"),
                (Control) grid.lookup("#expPayee"), (Control) grid.lookup("#expPurpose"), category, gross, eligible));
        for (int i = 0; i < order.size(); i++) {
            Control c = order.get(i);
            Control next = i + 1 < order.size() ? order.get(i + 1) : null;
            c.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                    e.consume();
                    if (next == null) {
                        save.fire();
                    } else {
                        next.requestFocus();
                    }
                }
            });
        }
        grid.setPadding(new Insets(4, 0, 4, 0));
        VBox box = new VBox(8, title, grid, buttons, problems, saveError);
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    // ---- Mittelabrufe ------------------------------------------------------------------------

    private Node fundsTab() {
        FundsViewModel vm = model.funds();
        Label figures = new Label();
        figures.setId("fundsFigures");
        figures.getStyleClass().add("finance-figure");
        figures.setWrapText(true);
        Label details = new Label();
        details.setId("fundsDetails");
        details.setWrapText(true);
        vm.positionProperty().addListener((obs, o, p) -> {
            if (p == null) {
                return;
            }
            figures.setText(I18n.text("fundingui.funds.mayRequest", Formats.money(p.mayRequest())));
            details.setText(I18n.text("fundingui.funds.position", Formats.money(p.received()), Formats.money(p.spent()),
                    Formats.money(p.held()), Formats.money(p.pending()), Formats.money(p.twoMonthPlan()),
                    Formats.date(p.asOf())));
        });
        Label next = new Label();
        next.setId("nextDeadline");
        next.setWrapText(true);
        next.getStyleClass().add("finance-totals");
        next.textProperty().bind(vm.nextDeadlineProperty());

        TableView<FundsRequestRow> requests = new TableView<>(vm.requests());
        requests.setId("requestTable");
        requests.setPlaceholder(new Label(I18n.text("fundingui.empty")));
        TableColumns.addAll(requests, List.of(
                ColumnDef.of("no", I18n.text("fundingui.funds.col.no"), ColumnType.TEXT, 9, FundsRequestRow::requestNo),
                ColumnDef.of("on", I18n.text("fundingui.funds.col.on"), ColumnType.DATE, 9,
                        FundsRequestRow::requestedOn),
                ColumnDef.of("amount", I18n.text("fundingui.funds.col.amount"), ColumnType.DECIMAL, 10,
                        FundsRequestRow::requested),
                ColumnDef.of("receivedOn", I18n.text("fundingui.funds.col.receivedOn"), ColumnType.DATE, 9,
                        FundsRequestRow::receivedOn),
                ColumnDef.of("received", I18n.text("fundingui.funds.col.received"), ColumnType.DECIMAL, 10,
                        FundsRequestRow::received),
                ColumnDef.of("held", I18n.text("fundingui.funds.heldAfter"), ColumnType.DECIMAL, 10,
                        FundsRequestRow::heldAfter),
                ColumnDef.of("plan", I18n.text("fundingui.funds.twoMonthPlan"), ColumnType.DECIMAL, 10,
                        FundsRequestRow::twoMonthPlan),
                ColumnDef.of("rule", I18n.text("fundingui.funds.rule"), ColumnType.TEXT, 10,
                        r -> I18n.text(r.breaksTwoMonthRule() ? "fundingui.funds.breaks" : "fundingui.funds.ok"))));
        for (var column : requests.getColumns()) {
            column.setPrefWidth(column.getId().equals("rule") ? 120 : 92);
            column.setMinWidth(70);
        }
        requests.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FundsRequestRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVER_LIMIT, !empty && item != null && item.breaksTwoMonthRule());
            }
        });

        GridPane form = Forms.grid();
        int r = 0;
        r = Forms.addRow(form, r, "funding.field.requestNo", Forms.field("requestNo", vm.requestNoProperty()));
        r = Forms.addRow(form, r, "funding.field.requestedOn", Forms.date("requestedOn", vm.dateTextProperty()));
        r = Forms.addRow(form, r, "funding.field.requested", Forms.field("requestAmount", vm.amountTextProperty()));
        r = Forms.addRow(form, r, "funding.field.receivedOn", Forms.date("receivedOn", vm.receivedDateTextProperty()));
        r = Forms.addRow(form, r, "funding.field.received", Forms.field("receivedAmount", vm.receivedTextProperty()));
        Label warning = new Label();
        warning.setId("twoMonthWarning");
        warning.setWrapText(true);
        warning.getStyleClass().add("finance-warning");
        warning.textProperty().bind(vm.warningProperty());
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        Label problems = new Label();
        problems.setId("requestProblems");
        problems.getStyleClass().add("validation-message");
        problems.setWrapText(true);
        problems.textProperty().bind(vm.problemsProperty());
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        Button save = new Button(I18n.text("fundingui.funds.save"), new FontIcon(Material2MZ.SAVE));
        save.setId("saveRequest");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.saveCommand().canRunBinding().not());
        save.setOnAction(e -> vm.saveCommand().run());

        TableView<ProofDeadline> deadlines = new TableView<>(vm.deadlines());
        deadlines.setId("deadlineTable");
        deadlines.setPlaceholder(new Label(I18n.text("fundingui.empty")));
        TableColumns.addAll(deadlines, List.of(
                ColumnDef.of("kind", I18n.text("fundingui.funds.proof"), ColumnType.TEXT, 12,
                        d -> I18n.of("fundingui.funds.kind", d.kind()) + " " + (d.kind()
                                == de.ssg.lotsenkontor.funding.ProofKind.SCHLUSS ? "" : String.valueOf(d.year()))),
                ColumnDef.of("due", I18n.text("fundingui.funds.due"), ColumnType.DATE, 9, ProofDeadline::due),
                ColumnDef.of("state", I18n.text("fundingui.funds.state"), ColumnType.TEXT, 12,
                        d -> !d.open() ? I18n.text("fundingui.funds.submittedOn", Formats.date(d.submittedOn()))
                                : I18n.text(d.overdue() ? "fundingui.funds.overdue" : "fundingui.funds.open"))));
        deadlines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        deadlines.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProofDeadline item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVER_LIMIT, !empty && item != null && item.overdue());
            }
        });
        deadlines.setPrefHeight(130);
        deadlines.getSelectionModel().selectedItemProperty().addListener((obs, o, n) ->
                vm.selectedDeadlineProperty().set(n));
        Button submitted = new Button(I18n.text("fundingui.funds.markSubmitted"), new FontIcon(Material2AL.DONE));
        submitted.setId("markSubmitted");
        submitted.disableProperty().bind(vm.submittedCommand().canRunBinding().not());
        submitted.setOnAction(e -> vm.submittedCommand().run());

        VBox left = new VBox(8, figures, details, next, requests);
        VBox.setVgrow(requests, Priority.ALWAYS);
        left.setPadding(new Insets(10, 4, 10, 12));
        VBox right = new VBox(8, Forms.heading("fundingui.funds.newRequest"), form, warning, problems, save,
                Forms.heading("fundingui.funds.deadlines"), deadlines, submitted);
        right.setPadding(new Insets(10, 12, 10, 8));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(380);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(scroll, false);
        return split;
    }

    // ---- Finanzplan --------------------------------------------------------------------------

    private Node planTab() {
        PlanViewModel vm = model.plan();
        TableView<RevisionRow> revisions = new TableView<>(vm.revisions());
        revisions.setId("revisionTable");
        revisions.setPlaceholder(new Label(I18n.text("fundingui.empty")));
        TableColumns.addAll(revisions, List.of(
                ColumnDef.of("category", I18n.text("funding.field.category"), ColumnType.TEXT, 24,
                        RevisionRow::category),
                ColumnDef.of("revision", I18n.text("fundingui.plan.revision"), ColumnType.TEXT, 14,
                        x -> x.revision() == 0 ? I18n.text("fundingui.plan.original")
                                : I18n.text("fundingui.plan.revisionNo", x.revision())),
                ColumnDef.of("amount", I18n.text("funding.field.planned"), ColumnType.MONEY, 12, RevisionRow::amount),
                ColumnDef.of("validFrom", I18n.text("funding.field.validFrom"), ColumnType.DATE, 11,
                        RevisionRow::validFrom),
                ColumnDef.of("reason", I18n.text("funding.field.reason"), ColumnType.TEXT, 40, RevisionRow::reason)));
        double[] widths = {190, 110, 120, 100, 320};
        for (int i = 0; i < widths.length; i++) {
            revisions.getColumns().get(i).setPrefWidth(widths[i]);
            revisions.getColumns().get(i).setMinWidth(Math.min(widths[i], 100));
        }

        GridPane revise = Forms.grid();
        int r = 0;
        ComboBox<CategoryOption> category = new ComboBox<>(vm.categories());
        category.setId("reviseCategory");
        category.setMaxWidth(Double.MAX_VALUE);
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        r = Forms.addRow(revise, r, "funding.field.category", category);
        r = Forms.addRow(revise, r, "fundingui.plan.newAmount", Forms.field("reviseAmount", vm.amountTextProperty()));
        r = Forms.addRow(revise, r, "funding.field.validFrom", Forms.date("reviseFrom", vm.validFromTextProperty()));
        r = Forms.addRow(revise, r, "funding.field.reason", Forms.field("reviseReason", vm.reasonProperty()));
        Label problems = new Label();
        problems.setId("reviseProblems");
        problems.getStyleClass().add("validation-message");
        problems.setWrapText(true);
        problems.textProperty().bind(vm.problemsProperty());
        Button save = new Button(I18n.text("fundingui.plan.save"), new FontIcon(Material2MZ.SAVE));
        save.setId("saveRevision");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.reviseCommand().canRunBinding().not());
        save.setOnAction(e -> vm.reviseCommand().run());

        GridPane contract = Forms.grid();
        int c = 0;
        c = Forms.addRow(contract, c, "funding.field.reference", Forms.field("contractReference", vm.referenceProperty()));
        c = Forms.addRow(contract, c, "funding.field.title", Forms.field("contractTitle", vm.titleProperty()));
        c = Forms.addRow(contract, c, "funding.field.funder", Forms.field("contractFunder", vm.funderProperty()));
        c = Forms.addRow(contract, c, "funding.field.firstYear", Forms.field("contractFirst", vm.firstYearProperty()));
        c = Forms.addRow(contract, c, "funding.field.lastYear", Forms.field("contractLast", vm.lastYearProperty()));
        c = Forms.addRow(contract, c, "funding.field.annualAmount", Forms.field("contractAnnual", vm.annualProperty()));
        c = Forms.addRow(contract, c, "funding.field.signedOn", Forms.date("contractSigned", vm.signedOnProperty()));
        TextArea note = new TextArea();
        note.setId("contractNote");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteProperty());
        c = Forms.addTallRow(contract, c, "funding.field.note", note);
        Label contractProblems = new Label();
        contractProblems.getStyleClass().add("validation-message");
        contractProblems.setWrapText(true);
        contractProblems.textProperty().bind(vm.contractProblemsProperty());
        Button saveContract = new Button(I18n.text("fundingui.plan.saveContract"), new FontIcon(Material2MZ.SAVE));
        saveContract.setId("saveContract");
        saveContract.disableProperty().bind(vm.saveContractCommand().canRunBinding().not());
        saveContract.setOnAction(e -> vm.saveContractCommand().run());

        TextField newCategory = Forms.field("newCategory", vm.newCategoryProperty());
        newCategory.setPromptText(I18n.text("fundingui.plan.newCategory"));
        Button add = new Button(I18n.text("fundingui.plan.addCategory"), new FontIcon(Material2AL.ADD));
        add.setId("addCategory");
        add.disableProperty().bind(vm.addCategoryCommand().canRunBinding().not());
        add.setOnAction(e -> vm.addCategoryCommand().run());
        HBox categories = new HBox(8, newCategory, add);
        HBox.setHgrow(newCategory, Priority.ALWAYS);
        VBox categoryList = categoryList(vm);

        VBox left = new VBox(8, Forms.heading("fundingui.plan.revisions"), revisions);
        VBox.setVgrow(revisions, Priority.ALWAYS);
        left.setPadding(new Insets(10, 4, 10, 12));
        VBox right = new VBox(8, Forms.heading("fundingui.plan.reviseHeading"), revise, problems, save,
                Forms.heading("fundingui.plan.contractHeading"), contract, contractProblems, saveContract,
                Forms.heading("fundingui.plan.categoriesHeading"), categoryList, categories);
        right.setPadding(new Insets(10, 12, 10, 8));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(340);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(scroll, false);
        return split;
    }

    /** The office's cost categories: rename, re-sort and (de)activate; a category is never deleted. */
    private static VBox categoryList(PlanViewModel vm) {
        ListView<CategoryOption> list = new ListView<>(vm.categories());
        list.setId("categoryList");
        list.setPrefHeight(190);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CategoryOption item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.active() ? item.name() : I18n.text("fundingui.plan.categoryInactive", item.name()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null) {
                vm.listedCategoryProperty().set(n);
            }
        });
        vm.listedCategoryProperty().addListener((obs, o, n) -> {
            if (n != null && list.getSelectionModel().getSelectedItem() != n) {
                list.getSelectionModel().select(n);
            }
        });
        TextField name = Forms.field("categoryName", vm.categoryNameProperty());
        name.setPromptText(I18n.text("fundingui.plan.categoryNamePrompt"));
        name.setOnAction(e -> vm.renameCategoryCommand().run());
        Button rename = commandButton("renameCategory", I18n.text("fundingui.plan.renameCategory"), null,
                vm.renameCategoryCommand());
        HBox renameRow = new HBox(8, name, rename);
        HBox.setHgrow(name, Priority.ALWAYS);
        Button up = commandButton("categoryUp", null, new FontIcon(Material2AL.ARROW_UPWARD), vm.moveCategoryUpCommand());
        up.setTooltip(new Tooltip(I18n.text("fundingui.plan.categoryUp")));
        Button down = commandButton("categoryDown", null, new FontIcon(Material2AL.ARROW_DOWNWARD),
                vm.moveCategoryDownCommand());
        down.setTooltip(new Tooltip(I18n.text("fundingui.plan.categoryDown")));
        Button toggle = commandButton("toggleCategory", I18n.text("fundingui.plan.deactivateCategory"), null,
                vm.toggleCategoryCommand());
        toggle.textProperty().bind(Bindings.createStringBinding(() -> vm.listedCategoryProperty().get() != null
                && !vm.listedCategoryProperty().get().active() ? I18n.text("fundingui.plan.activateCategory")
                : I18n.text("fundingui.plan.deactivateCategory"), vm.listedCategoryProperty()));
        FlowPane buttons = new FlowPane(8, 8, up, down, toggle);
        return new VBox(8, list, renameRow, buttons);
    }

    private static Button commandButton(String id, String text, Node icon, Command command) {
        Button b = new Button(text, icon);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(command.canRunBinding().not());
        b.setOnAction(e -> command.run());
        return b;
    }
}
