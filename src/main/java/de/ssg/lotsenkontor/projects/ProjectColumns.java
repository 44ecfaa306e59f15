package de.ssg.lotsenkontor.projects;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import java.util.List;

/** The columns of the project list, the project export and the best-practice catalogue, defined once. */
public final class ProjectColumns {

    private ProjectColumns() {
    }

    /** Every project with its current status and dates. */
    public static List<ColumnDef<ProjectRow>> all() {
        return List.of(
                ColumnDef.of("title", t("title"), ColumnType.TEXT, 34, ProjectRow::title),
                ColumnDef.of("municipality", t("municipality"), ColumnType.TEXT, 24, ProjectRow::municipality),
                ColumnDef.of("district", t("district"), ColumnType.TEXT, 20, ProjectRow::districtName),
                ColumnDef.<ProjectRow>of("status", t("status"), ColumnType.TEXT, 14,
                        r -> I18n.of("projects.status", r.status())).sortedBy(r -> r.status().ordinal()),
                ColumnDef.of("statusSince", t("statusSince"), ColumnType.DATE, 11, ProjectRow::statusSince),
                ColumnDef.of("topic", t("topic"), ColumnType.TEXT, 18, ProjectRow::topic),
                ColumnDef.of("navigators", t("navigators"), ColumnType.TEXT, 26, ProjectRow::navigators),
                ColumnDef.of("coach", t("coach"), ColumnType.TEXT, 18, ProjectRow::coach),
                ColumnDef.of("startedOn", t("startedOn"), ColumnType.DATE, 11, ProjectRow::startedOn),
                ColumnDef.of("finishedOn", t("finishedOn"), ColumnType.DATE, 11, ProjectRow::finishedOn),
                ColumnDef.of("bestPractice", t("bestPractice"), ColumnType.BOOLEAN, 10, ProjectRow::bestPractice));
    }

    /** The catalogue for other municipalities: what was built where, what came of it, whom to ask. */
    public static List<ColumnDef<ProjectRow>> bestPractice() {
        return List.of(
                ColumnDef.of("title", t("title"), ColumnType.TEXT, 34, ProjectRow::title),
                ColumnDef.of("municipality", t("municipality"), ColumnType.TEXT, 24, ProjectRow::municipality),
                ColumnDef.of("district", t("district"), ColumnType.TEXT, 20, ProjectRow::districtName),
                ColumnDef.of("topic", t("topic"), ColumnType.TEXT, 18, ProjectRow::topic),
                ColumnDef.of("outcome", t("outcome"), ColumnType.TEXT, 60, ProjectRow::outcome),
                ColumnDef.of("contact", t("contact"), ColumnType.TEXT, 22, ProjectRow::contact),
                ColumnDef.of("finishedOn", t("finishedOn"), ColumnType.DATE, 11, ProjectRow::finishedOn));
    }

    private static String t(String field) {
        return I18n.text("projects.field." + field);
    }
}
