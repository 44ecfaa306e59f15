package de.ssg.lotsenkontor.ui;

import java.util.function.Supplier;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * One area of the main window's navigation (Kommunen, Finanzen, …). Its view is built on first
 * visit, after the database is open; the shell shows it through the {@link AreaView} contract.
 */
public record Area(String id, String title, Ikon icon, KeyCombination shortcut, Supplier<AreaView> view) {
}
