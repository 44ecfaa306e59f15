package de.ssg.lotsenkontor.overview.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.overview.Dashboard;
import de.ssg.lotsenkontor.overview.Dashboard.MunicipalityLine;
import de.ssg.lotsenkontor.overview.MapColouring;
import de.ssg.lotsenkontor.overview.OverviewReports;
import de.ssg.lotsenkontor.overview.SaxonyGeometry;
import de.ssg.lotsenkontor.report.ReportChart;
import de.ssg.lotsenkontor.report.ReportMap;
import de.ssg.lotsenkontor.ui.AreaView;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Übersicht, the start page: key-figure tiles (a click opens the view behind the number), four
 * charts, and the map of Saxony in its own tab. Everything is read by the view model in the
 * background; the view only lays out and binds.
 */
public final class OverviewView implements AreaView {

    /** The text a tile shows for a figure whose source is not available yet. */
    public static final String NOT_AVAILABLE = "—";

    private final OverviewViewModel vm;
    private final OverviewNavigation navigation;
    private final VBox root = new VBox(12);
    private final FlowPane tiles = new FlowPane(12, 12);
    private final GridPane charts = new GridPane();
    private final SaxonyMapView map = new SaxonyMapView();
    private final HBox legend = new HBox(12);
    private final Button demo = new Button();
    private final TabPane tabs = new TabPane();
    private Map<String, MunicipalityLine> byAgs = Map.of();
    private final HBox head;

    public OverviewView(OverviewViewModel vm, OverviewNavigation navigation, Runnable createDemoData) {
        this.vm = vm;
        this.navigation = navigation;
        root.setId("overviewView");
        root.setPadding(new Insets(16, 24, 16, 24));
        Label title = new Label(I18n.text("overviewui.title"));
        title.getStyleClass().add("title-2");
        Button refresh = new Button(I18n.text("overviewui.refresh"));
        refresh.setId("overviewRefresh");
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.loadCommand().run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        head = new HBox(12, title, grow, refresh);
        head.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().add("danger");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        demo.setText(I18n.text("ui.menu.demo"));
        demo.setId("overviewDemo");
        demo.getStyleClass().add("accent");
        demo.setOnAction(e -> createDemoData.run());
        demo.setVisible(false);
        demo.setManaged(false);
        Label hint = new Label(I18n.text("overviewui.emptyHint"));
        hint.setWrapText(true);
        hint.visibleProperty().bind(demo.visibleProperty());
        hint.managedProperty().bind(demo.managedProperty());

        tiles.setId("overviewTiles");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        charts.getColumnConstraints().addAll(half, half);
        charts.setHgap(12);
        charts.setVgap(12);
        charts.setId("overviewCharts");
        VBox figures = new VBox(16, hint, demo, tiles, charts);
        figures.setPadding(new Insets(8, 4, 8, 0));
        ScrollPane scroll = new ScrollPane(figures);
        scroll.setFitToWidth(true);
        scroll.setId("overviewScroll");
        Tab figuresTab = new Tab(I18n.text("overviewui.tab.figures"), scroll);
        figuresTab.setId("overviewTabFigures");
        Tab mapTab = new Tab(I18n.text("overviewui.tab.map"), mapPane());
        mapTab.setId("overviewTabMap");
        tabs.getTabs().addAll(figuresTab, mapTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("overviewTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(head, error, tabs);

        vm.loadedProperty().addListener((obs, was, is) -> show(is));
        vm.colouringProperty().addListener((obs, was, is) -> showMap());
        reload();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void reload() {
        vm.load();
    }

    /** Adds a control (e.g. the print menu) to the header, before "Aktualisieren". */
    public void addToHeader(Node control) {
        head.getChildren().add(head.getChildren().size() - 1, control);
    }

    public SaxonyMapView map() {
        return map;
    }

    public TabPane tabs() {
        return tabs;
    }

    private Node mapPane() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton status = new ToggleButton(I18n.text("overview.map.category.STATUS"));
        status.setId("mapByStatus");
        status.setUserData(MapColouring.STATUS);
        ToggleButton coverage = new ToggleButton(I18n.text("overviewui.map.byCoverage"));
        coverage.setId("mapByCoverage");
        coverage.setUserData(MapColouring.COVERAGE);
        status.setToggleGroup(group);
        coverage.setToggleGroup(group);
        group.selectToggle(status);
        group.selectedToggleProperty().addListener((obs, was, is) -> {
            if (is == null) {
                group.selectToggle(was); // one colouring is always chosen
            } else {
                vm.colouringProperty().set((MapColouring) is.getUserData());
            }
        });
        Button reset = new Button(I18n.text("overviewui.map.reset"));
        reset.setId("mapReset");
        reset.setOnAction(e -> map.reset());
        Label how = new Label(I18n.text("overviewui.map.how"));
        how.getStyleClass().add("text-muted");
        HBox bar = new HBox(8, new Label(I18n.text("overviewui.map.colouring")), status, coverage, reset, how);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 8, 0));

        map.setDescription(this::describe);
        map.setOnOpen(key -> {
            MunicipalityLine m = byAgs.get(key);
            if (m != null) {
                navigation.openMunicipality(m.id());
            }
        });
        legend.setId("mapLegend");
        legend.setAlignment(Pos.CENTER_LEFT);
        Label attribution = new Label(SaxonyGeometry.ATTRIBUTION);
        attribution.setId("mapAttribution");
        attribution.setStyle("-fx-font-size: 0.85em; -fx-text-fill: #555;");
        legend.setMouseTransparent(true);
        attribution.setMouseTransparent(true);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(legend, new Insets(8));
        StackPane.setMargin(attribution, new Insets(4, 8, 4, 8));
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setStyle("-fx-background-color: rgba(255,255,255,0.85); -fx-padding: 4 8 4 8;");
        attribution.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane stack = new StackPane(map, legend, attribution);
        stack.setMinSize(0, 0);
        VBox.setVgrow(stack, Priority.ALWAYS);
        return new VBox(bar, stack);
    }

    private String describe(String ags) {
        MunicipalityLine m = byAgs.get(ags);
        if (m == null) {
            return I18n.text("overview.map.noData");
        }
        return I18n.text("overviewui.map.tip", m.name(), m.district(), I18n.text("municipality.status." + m.status()),
                MapColouring.coverageLabel(m.coverage()),
                m.navigators().isEmpty() ? I18n.text("overviewui.none") : String.join(", ", m.navigators()),
                m.coaches().isEmpty() ? I18n.text("overviewui.none") : String.join(", ", m.coaches()));
    }

    private void show(OverviewViewModel.Loaded loaded) {
        if (loaded == null) {
            return;
        }
        Dashboard d = loaded.dashboard();
        byAgs = d.byAgs();
        showTiles(d);
        showCharts(d);
        showMap();
        boolean empty = d.figures().activeCoaches() == 0 && d.figures().activeNavigators() == 0
                && d.figures().sessionsThisYear() == 0;
        demo.setVisible(empty);
        demo.setManaged(empty);
    }

    private void showMap() {
        OverviewViewModel.Loaded loaded = vm.loadedProperty().get();
        if (loaded == null) {
            return;
        }
        ReportMap m = loaded.map(vm.colouringProperty().get());
        map.setMap(m);
        legend.getChildren().clear();
        for (ReportMap.LegendEntry entry : m.legend()) {
            int rgb = entry.fillRgb();
            Rectangle swatch = new Rectangle(14, 14, Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
            swatch.setStroke(Color.GRAY);
            Label l = new Label(entry.label(), swatch);
            legend.getChildren().add(l);
        }
    }

    private void showTiles(Dashboard d) {
        Dashboard.Figures f = d.figures();
        String year = String.valueOf(d.today().getYear());
        tiles.getChildren().setAll(
                tile("coaches", I18n.text("overview.kpi.coaches"), Formats.integer(f.activeCoaches()), null, "people"),
                tile("navigators", I18n.text("overview.kpi.navigators"), Formats.integer(f.activeNavigators()), null,
                        "people"),
                tile("reached", I18n.text("overviewui.kpi.reached"), Formats.integer(f.reached()),
                        I18n.text("overviewui.ofTotal", Formats.integer(f.municipalities()), Formats.percent(f.reachedShare())),
                        "municipalities"),
                tile("districts", I18n.text("overviewui.kpi.districts"), Formats.integer(f.districtsReached()),
                        I18n.text("overviewui.ofDistricts", Formats.integer(f.districts())), "municipalities"),
                tile("sessions", I18n.text("overview.kpi.sessions", year), Formats.integer(f.sessionsThisYear()),
                        I18n.text("overviewui.hours", Formats.decimal(f.hoursThisYear(), 2)), "coaching"),
                d.events().map(e -> tile("events", I18n.text("overview.kpi.events", year), Formats.integer(e.events()),
                        I18n.text("overviewui.participants", Formats.integer(e.participants())), "events"))
                        .orElseGet(() -> missingTile("events", I18n.text("overview.kpi.events", year), "events")),
                d.projects().map(p -> tile("projects", I18n.text("overview.kpi.projects"),
                        Formats.integer(p.byStatus().values().stream().mapToLong(Long::longValue).sum()),
                        p.byStatus().entrySet().stream().map(e -> I18n.text("overview.projectStatus." + e.getKey())
                                + " " + Formats.integer(e.getValue())).collect(Collectors.joining(" · ")), "projects"))
                        .orElseGet(() -> missingTile("projects", I18n.text("overview.kpi.projects"), "projects")),
                d.budget().map(b -> tile("budget", I18n.text("overview.kpi.budgetShare", year),
                        Formats.percent(b.spentShare()), I18n.text("overviewui.remaining", Formats.money(b.remaining())),
                        "funding"))
                        .orElseGet(() -> missingTile("budget", I18n.text("overview.kpi.budgetShare", year), "funding")),
                d.nextProofDeadline().map(dl -> tile("deadline", I18n.text("overview.kpi.deadline"),
                        Formats.date(dl.due()), dl.due().isBefore(d.today())
                                ? I18n.text("overviewui.deadlineOverdue", dl.what()) : dl.what(), "funding"))
                        .orElseGet(() -> missingTile("deadline", I18n.text("overview.kpi.deadline"), "funding")));
    }

    /** Width and height of a tile; the projects tile, with a figure per status, is twice as wide. */
    private static final double TILE_WIDTH = 228;
    private static final double TILE_HEIGHT = 132;

    private Node tile(String id, String label, String value, String sub, String area) {
        double width = "projects".equals(id) ? 2 * TILE_WIDTH + 12 : TILE_WIDTH;
        double inner = width - 28;
        Label v = new Label(value);
        v.getStyleClass().add("figure-value");
        v.setId("kpi-" + id + "-value");
        v.setMinWidth(Region.USE_PREF_SIZE); // a figure is never cut ("30.04.2…")
        Label l = new Label(label);
        l.getStyleClass().add("figure-label");
        l.setWrapText(true);
        l.setPrefWidth(inner);
        l.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, v, l);
        if (sub != null && !sub.isEmpty()) {
            Label s = new Label(sub);
            s.setId("kpi-" + id + "-sub");
            s.getStyleClass().add("text-muted");
            s.setWrapText(true);
            s.setPrefWidth(inner);
            s.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(s);
        }
        Button card = new Button(null, box);
        card.getStyleClass().add("figure-card");
        card.setId("kpi-" + id);
        card.setPrefSize(width, TILE_HEIGHT);
        card.setMinSize(width, TILE_HEIGHT);
        card.setMaxSize(width, TILE_HEIGHT);
        card.setAlignment(Pos.TOP_LEFT);
        card.setMnemonicParsing(false);
        String tip = I18n.text("overviewui.opens", I18n.text("ui.area." + area));
        card.setTooltip(new Tooltip(sub == null || sub.isEmpty() ? tip : value + " " + label + "\n" + sub + "\n" + tip));
        card.setOnAction(e -> navigation.openArea(area));
        return card;
    }

    private Node missingTile(String id, String label, String area) {
        Node card = tile(id, label, NOT_AVAILABLE, null, area);
        ((Button) card).setTooltip(new Tooltip(I18n.text("overviewui.notAvailable")));
        return card;
    }

    private void showCharts(Dashboard d) {
        charts.getChildren().clear();
        Node participation = chart(OverviewReports.participationChart(d), true);
        ((Region) participation).setPrefHeight(400);
        charts.add(participation, 0, 0, 2, 1);
        charts.add(chart(OverviewReports.sizeChart(d), false), 0, 1);
        charts.add(chart(OverviewReports.sessionsChart(d), false), 1, 1);
        charts.add(d.planVsSpent().filter(l -> !l.isEmpty()).map(l -> chart(OverviewReports.planChart(l), false))
                .orElseGet(() -> missingChart(I18n.text("overview.chart.plan"))), 0, 2);
    }

    private static Node chart(ReportChart source, boolean rotateLabels) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        XYChart<String, Number> chart = source.kind() == ReportChart.Kind.BAR ? new BarChart<>(x, y)
                : new LineChart<>(x, y);
        chart.setTitle(source.title());
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        chart.setMinWidth(0);
        if (rotateLabels) {
            x.setTickLabelRotation(-35);
        }
        for (ReportChart.Series s : source.series()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            List<Number> values = s.values();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    series.getData().add(new XYChart.Data<>(source.categories().get(i), values.get(i)));
                }
            }
            chart.getData().add(series);
        }
        chart.setId("chart-" + Integer.toHexString(source.title().hashCode()));
        return chart;
    }

    private static Node missingChart(String title) {
        Label t = new Label(title);
        t.getStyleClass().add("title-4");
        Label v = new Label(NOT_AVAILABLE);
        v.getStyleClass().add("figure-value");
        Label why = new Label(I18n.text("overviewui.notAvailable"));
        why.setWrapText(true);
        VBox box = new VBox(8, t, v, why);
        box.setAlignment(Pos.CENTER);
        box.setPrefHeight(300);
        box.setId("chart-plan-missing");
        Tooltip.install(box, new Tooltip(I18n.text("overviewui.notAvailable")));
        return box;
    }
}
