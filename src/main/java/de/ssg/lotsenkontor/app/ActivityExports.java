package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.events.AttendanceList;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.overview.Sachbericht;
import de.ssg.lotsenkontor.projects.ProjectColumns;
import de.ssg.lotsenkontor.projects.ProjectRow;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The exports of events, projects and the Sachbericht for {@code export}: {@code attendance --event
 * ID}, {@code best-practice}, {@code projects} and {@code sachbericht --from DATE --to DATE
 * [--district KEY]}. Each is a report built by its feature.
 */
final class ActivityExports {

    static final List<String> NAMES = List.of("attendance", "best-practice", "projects", "sachbericht");

    /** The options of {@code export} these lists read. */
    record Options(Long event, String from, String to, String district) {
    }

    private ActivityExports() {
    }

    /** The attendance list (Teilnehmerliste) of event {@code eventId}, for the workbook and the printed pages. */
    static Report attendanceList(AppContext c, long eventId) {
        var details = c.events().details(eventId);
        return AttendanceList.build(c.eventQueries().event(eventId), details, c.eventQueries().participants(eventId),
                LocalDate.now(c.clock()));
    }

    /** The report source for list {@code name}; wrong or missing options are a usage error. */
    static Function<AppContext, Report> source(String name, Options o, CommandLine cli) {
        return switch (name) {
            case "attendance" -> {
                if (o.event() == null) {
                    throw new ParameterException(cli, I18n.text("cli.export.eventMissing"));
                }
                yield c -> attendanceList(c, o.event());
            }
            case "best-practice" -> c -> {
                String title = I18n.text("projects.export.bestPractice");
                List<ProjectRow> rows = c.projectQueries().bestPractices();
                return Report.ofTable(title, I18n.text("projects.export.bestPracticeSubtitle"),
                        LocalDate.now(c.clock()), ReportTable.of(title, ProjectColumns.bestPractice(), rows));
            };
            case "projects" -> c -> {
                String title = I18n.text("projects.export.title");
                return Report.ofTable(title, null, LocalDate.now(c.clock()),
                        ReportTable.of(title, ProjectColumns.all(), c.projectQueries().projects()));
            };
            case "sachbericht" -> {
                LocalDate from = date(o.from(), "--from", cli);
                LocalDate to = date(o.to(), "--to", cli);
                if (to.isBefore(from)) {
                    throw new ParameterException(cli, I18n.text("cli.export.periodReversed", o.to(), o.from()));
                }
                yield c -> {
                    List<DistrictOption> districts = c.municipalityQueries().districts();
                    DistrictOption district = null;
                    if (o.district() != null) {
                        district = districts.stream().filter(d -> d.key().equals(o.district().trim())).findFirst()
                                .orElseThrow(() -> new de.ssg.lotsenkontor.common.DomainException(
                                        "cli.export.unknownDistrict", o.district(),
                                        String.join(", ", districts.stream().map(DistrictOption::key).toList())));
                    }
                    return Sachbericht.report(c.sachbericht().compute(from, to, districts, district),
                            LocalDate.now(c.clock()));
                };
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static LocalDate date(String text, String option, CommandLine cli) {
        if (text == null) {
            throw new ParameterException(cli, I18n.text("cli.export.dateMissing", option));
        }
        return Formats.parseDate(text.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new ParameterException(cli, I18n.text("cli.export.dateInvalid", option, text)));
    }
}
