package de.ssg.lotsenkontor.coaching.ui;

import de.ssg.lotsenkontor.coaching.CoachingRows.TopicRow;
import de.ssg.lotsenkontor.common.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The office's topic list: add, rename, remove. */
final class TopicListDialog {

    private TopicListDialog() {
    }

    static void show(Window owner, SessionViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.text("coachingui.topic.title"));
        ListView<TopicRow> list = new ListView<>(model.topicRows());
        list.setId("topicList");
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TopicRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        list.setPrefHeight(260);
        Button add = new Button(I18n.text("coachingui.topic.add"));
        add.setOnAction(e -> {
            String name = SessionView.askName(I18n.text("coachingui.topic.add"), "");
            if (name != null) {
                model.addTopic(name);
            }
        });
        Button rename = new Button(I18n.text("coachingui.topic.rename"));
        rename.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        rename.setOnAction(e -> {
            TopicRow row = list.getSelectionModel().getSelectedItem();
            String name = SessionView.askName(I18n.text("coachingui.topic.rename"), row.name());
            if (name != null) {
                model.renameTopic(row, name);
            }
        });
        Button remove = new Button(I18n.text("coachingui.topic.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeTopic(list.getSelectionModel().getSelectedItem()));
        dialog.getDialogPane().setContent(new VBox(8, list, new HBox(8, add, rename, remove)));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.showAndWait();
    }
}
