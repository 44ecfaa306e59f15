package de.ssg.lotsenkontor.projects;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every read of the projects feature: the list and board, the best-practice catalogue and the
 * Sachbericht figures. Plain standard SQL; counts are aggregated in the database.
 */
public class ProjectQueries {

    private static final String PROJECTS = """
            SELECT p.id, p.title, m.id, m.name, d.district_key, d.name, c.id, c.first_name, c.last_name,
                   cn.first_name, cn.last_name, p.status, p.id,
                   p.topic, p.outcome, p.started_on, p.finished_on, p.best_practice
            FROM local_project p
            JOIN municipality m ON m.id = p.municipality_id
            JOIN district d ON d.id = m.district_id
            LEFT JOIN coach c ON c.id = p.coach_id
            LEFT JOIN navigator cn ON cn.id = p.contact_navigator_id
            %s
            ORDER BY p.title, m.name, p.id""";
    private static final String TEAMS = """
            SELECT pn.project_id, n.id, n.first_name, n.last_name
            FROM local_project_navigator pn JOIN navigator n ON n.id = pn.navigator_id
            %s
            ORDER BY pn.project_id, n.last_name, n.first_name""";

    private final Database database;

    public ProjectQueries(Database database) {
        this.database = database;
    }

    /** How many there are, for the programme's key figures. */
    public long count() {
        return database.withConnection(c -> {
            try (java.sql.PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM local_project");
                    java.sql.ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** All projects by title. */
    public List<ProjectRow> projects() {
        return database.withConnection(c -> projects(c, null));
    }

    public ProjectRow project(long id) {
        return database.withConnection(c -> {
            List<ProjectRow> rows = projects(c, id);
            if (rows.isEmpty()) {
                throw new NotFoundException(I18n.text("projects.project.the"));
            }
            return rows.get(0);
        });
    }

    /** Finished projects flagged as best practice: the catalogue for other municipalities. */
    public List<ProjectRow> bestPractices() {
        return projects().stream()
                .filter(p -> p.bestPractice() && p.status() == ProjectStatus.ABGESCHLOSSEN).toList();
    }

    /** The day of each project's latest status change, in one grouped pass over the history. */
    private static final String STATUS_SINCE = """
            SELECT s.project_id, MAX(s.changed_on) FROM local_project_status s %s GROUP BY s.project_id""";

    private static List<ProjectRow> projects(Connection c, Long id) throws SQLException {
        return id == null ? projects(c, null, null) : projects(c, "p.id = ?", id);
    }

    /** The projects whose coach is {@code coachId}, by title. */
    public List<ProjectRow> projectsOfCoach(long coachId) {
        return database.withConnection(c -> projects(c, "p.coach_id = ?", coachId));
    }

    /** The projects in the municipalities of district {@code districtKey}, by title. */
    public List<ProjectRow> projectsInDistrict(String districtKey) {
        return database.withConnection(c -> projects(c, "d.district_key = ?", districtKey));
    }

    /**
     * The projects matching {@code condition} (over {@code p} the project, {@code m} its municipality
     * and {@code d} its district, with one parameter), or all with {@code condition} null.
     */
    private static List<ProjectRow> projects(Connection c, String condition, Object parameter) throws SQLException {
        String chosen = condition == null ? "" : """
                WHERE %s IN (SELECT p.id FROM local_project p JOIN municipality m ON m.id = p.municipality_id
                JOIN district d ON d.id = m.district_id WHERE %s)""";
        Map<Long, LocalDate> since = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(STATUS_SINCE.formatted(
                condition == null ? "" : chosen.formatted("s.project_id", condition)))) {
            if (condition != null) {
                q.setObject(1, parameter);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    since.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                }
            }
        }
        Map<Long, List<Long>> teamIds = new HashMap<>();
        Map<Long, List<String>> teamNames = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(TEAMS.formatted(
                condition == null ? "" : chosen.formatted("pn.project_id", condition)))) {
            if (condition != null) {
                q.setObject(1, parameter);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    teamIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    teamNames.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(3) + " " + rs.getString(4));
                }
            }
        }
        List<ProjectRow> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(PROJECTS.formatted(
                condition == null ? "" : "WHERE " + condition))) {
            if (condition != null) {
                q.setObject(1, parameter);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long pid = rs.getLong(1);
                    List<String> names = teamNames.getOrDefault(pid, List.of());
                    String coach = rs.getString(8) == null ? null : rs.getString(8) + " " + rs.getString(9);
                    String contact = rs.getString(10) != null ? rs.getString(10) + " " + rs.getString(11)
                            : names.isEmpty() ? null : names.get(0);
                    rows.add(new ProjectRow(pid, rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), (Long) rs.getObject(7, Long.class), coach,
                            teamIds.getOrDefault(pid, List.of()), String.join(", ", names), contact,
                            ProjectStatus.valueOf(rs.getString(12)), since.get(rs.getLong(13)),
                            rs.getString(14), rs.getString(15), rs.getObject(16, LocalDate.class),
                            rs.getObject(17, LocalDate.class), rs.getBoolean(18)));
                }
            }
        }
        return rows;
    }

    private static final String FIGURES = """
            SELECT d.district_key,
                   SUM(CASE WHEN p.started_on BETWEEN ? AND ? THEN 1 ELSE 0 END),
                   SUM(CASE WHEN p.status = 'ABGESCHLOSSEN' AND p.finished_on BETWEEN ? AND ? THEN 1 ELSE 0 END),
                   SUM(CASE WHEN p.status = 'ABGEBROCHEN' AND p.finished_on BETWEEN ? AND ? THEN 1 ELSE 0 END),
                   SUM(CASE WHEN p.status = 'ABGESCHLOSSEN' AND p.best_practice = TRUE
                            AND p.finished_on BETWEEN ? AND ? THEN 1 ELSE 0 END)
            FROM local_project p
            JOIN municipality m ON m.id = p.municipality_id
            JOIN district d ON d.id = m.district_id
            WHERE p.started_on BETWEEN ? AND ? OR p.finished_on BETWEEN ? AND ?
            GROUP BY d.district_key""";

    /**
     * The projects' Sachbericht figures of the period {@code from}–{@code to} (both inclusive): in
     * total (key null) and per district key, from one aggregate query grouped by district. Every
     * project lies in exactly one municipality and so in one district: the total is their sum.
     */
    public Map<String, ProjectFigures> figures(LocalDate from, LocalDate to) {
        return database.withConnection(c -> {
            Map<String, ProjectFigures> by = new LinkedHashMap<>();
            long[] total = new long[4];
            try (PreparedStatement q = c.prepareStatement(FIGURES)) {
                for (int i = 0; i < 6; i++) {
                    q.setObject(2 * i + 1, from);
                    q.setObject(2 * i + 2, to);
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        ProjectFigures f = new ProjectFigures(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                                rs.getLong(5));
                        by.put(rs.getString(1), f);
                        total[0] += f.started();
                        total[1] += f.finished();
                        total[2] += f.aborted();
                        total[3] += f.bestPractices();
                    }
                }
            }
            Map<String, ProjectFigures> result = new LinkedHashMap<>();
            result.put(null, new ProjectFigures(total[0], total[1], total[2], total[3]));
            result.putAll(by);
            return result;
        });
    }
}
