package de.ssg.lotsenkontor.overview.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.overview.OverviewPrintouts;
import de.ssg.lotsenkontor.overview.OverviewPrintouts.Choice;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.PrintPreview;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * "Drucken …" of the Übersicht: the Programmübersicht, a Kreis-Bericht, a Lotsen-Bericht or a
 * Finanzstatus in the print preview (from where it is printed or saved as PDF). What a report is
 * for (district, coach and year, contract year) is chosen in a small form; the choices and the
 * report are read in the background.
 */
public final class OverviewPrintMenu {

    private final OverviewPrintouts printouts;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;

    public OverviewPrintMenu(OverviewPrintouts printouts, BackgroundTasks tasks, DialogService dialogs) {
        this.printouts = printouts;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** The menu button for the Übersicht's header. */
    public MenuButton button() {
        MenuItem programme = item("printProgramme", "overviewui.print.programme",
                () -> preview(printouts::programme, "Programmuebersicht"));
        MenuItem district = item("printDistrict", "overviewui.print.district",
                () -> choose(printouts::districts, "overviewui.print.district", "overviewui.print.chooseDistrict",
                        null, (c, y) -> preview(() -> printouts.district(c.key()), "Kreis-Bericht_" + c.key())));
        MenuItem coach = item("printCoach", "overviewui.print.coach",
                () -> choose(printouts::coaches, "overviewui.print.coach", "overviewui.print.chooseCoach",
                        years(), (c, y) -> preview(() -> printouts.coach(Long.parseLong(c.key()), y),
                                "Lotsen-Bericht_" + fileSafe(c.label()) + "_" + y)));
        MenuItem funding = item("printFunding", "overviewui.print.funding",
                () -> choose(printouts::contractYears, "overviewui.print.funding", "overviewui.print.chooseContract",
                        null, (c, y) -> {
                            String[] refYear = c.key().split("\\|");
                            int year = Integer.parseInt(refYear[1]);
                            preview(() -> printouts.funding(refYear[0], year),
                                    "Finanzstatus_" + fileSafe(refYear[0]) + "_" + year);
                        }));
        MenuButton button = new MenuButton(I18n.text("overviewui.print"), new FontIcon(Material2MZ.PRINT),
                programme, district, coach, funding);
        button.setId("overviewPrint");
        return button;
    }

    private static MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(I18n.text(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The years offered for a Lotsen-Bericht: this one and the five before, newest first. */
    private List<Integer> years() {
        int now = printouts.today().getYear();
        return List.of(now, now - 1, now - 2, now - 3, now - 4, now - 5);
    }

    private interface Chosen {
        void run(Choice choice, int year);
    }

    /** Reads the choices in the background, asks for one (and a year), then runs {@code then}. */
    private void choose(Supplier<List<Choice>> choices, String titleKey, String labelKey, List<Integer> years,
            Chosen then) {
        tasks.run(I18n.text("overviewui.print.reading"), progress -> choices.get())
                .onSuccess(list -> {
                    if (list.isEmpty()) {
                        dialogs.showInfo(I18n.text(titleKey), I18n.text("overviewui.print.nothing"));
                        return;
                    }
                    ComboBox<Choice> box = new ComboBox<>();
                    box.getItems().setAll(list);
                    box.getSelectionModel().selectFirst();
                    box.setId("printChoice");
                    box.setMaxWidth(Double.MAX_VALUE);
                    GridPane form = new GridPane();
                    form.setHgap(8);
                    form.setVgap(8);
                    form.addRow(0, new Label(I18n.text(labelKey)), box);
                    ComboBox<Integer> year = new ComboBox<>();
                    if (years != null) {
                        year.getItems().setAll(years);
                        year.getSelectionModel().selectFirst();
                        year.setId("printYear");
                        form.addRow(1, new Label(I18n.text("overviewui.print.year")), year);
                    }
                    if (dialogs.showForm(I18n.text(titleKey), null, form, I18n.text("overviewui.print.preview"),
                            Bindings.isNull(box.valueProperty()))) {
                        then.run(box.getValue(), years == null ? 0 : year.getValue());
                    }
                })
                .onFailure(error -> dialogs.showFailure(I18n.text(titleKey), error))
                .start();
    }

    /** Builds the report in the background and opens the print preview. */
    private void preview(Supplier<Report> report, String fileName) {
        tasks.run(I18n.text("overviewui.print.reading"), progress -> report.get())
                .onSuccess(r -> new PrintPreview(tasks, dialogs).show(r,
                        fileName + "_" + printouts.today() + ".pdf"))
                .onFailure(error -> dialogs.showFailure(I18n.text("overviewui.print"), error))
                .start();
    }

    private static String fileSafe(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("-+", "-").replaceAll("^-|-$", "");
    }
}
