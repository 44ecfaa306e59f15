package de.ssg.lotsenkontor.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.importing.ColumnMapping;
import de.ssg.lotsenkontor.importing.ImportFile;
import de.ssg.lotsenkontor.importing.ImportMode;
import de.ssg.lotsenkontor.importing.ImportPreview;
import de.ssg.lotsenkontor.importing.ImportResult;
import de.ssg.lotsenkontor.importing.ImportTexts;
import de.ssg.lotsenkontor.importing.RowProblem;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorColumns;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorField;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorFileReader;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportRow;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportService;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportTexts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import-navigators FILE [--sheet NAME] [--dry-run] [--all-or-nothing] [--json]}: reads a
 * list of navigators (Excel or CSV), maps its columns by their titles, checks every row and
 * imports the valid ones in one transaction (or, with {@code --all-or-nothing}, all of them or
 * none). Prints the same summary and row errors as the preview in the window. The file is read
 * and its columns checked before the database is opened: a bad file changes nothing.
 */
@Command(name = "import-navigators", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportNavigatorsCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.importNavigators.file")
    Path file;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "cli.importNavigators.sheet")
    String sheet;

    @Option(names = "--dry-run", descriptionKey = "cli.importNavigators.dryRun")
    boolean dryRun;

    @Option(names = "--all-or-nothing", descriptionKey = "cli.importNavigators.allOrNothing")
    boolean allOrNothing;

    @Option(names = "--json", descriptionKey = "cli.importNavigators.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        root.dataPaths(); // sends the log to the data folder before POI logs anything
        ImportFile list = NavigatorFileReader.read(file, sheet, Progress.NONE);
        ColumnMapping<NavigatorField> mapping = NavigatorColumns.propose(list.headers());
        List<String> missing = NavigatorColumns.missing(mapping);
        if (!missing.isEmpty()) {
            throw new DomainException("cli.importNavigators.missingColumns", list.fileName(),
                    ImportTexts.and(missing), titles(list));
        }
        ImportMode mode = allOrNothing ? ImportMode.ALL_OR_NOTHING : ImportMode.VALID_ROWS;
        ImportPreview<NavigatorField, NavigatorImportRow> checked;
        ImportResult<NavigatorField, NavigatorImportRow> result = null;
        try (AppContext context = root.openContext()) {
            NavigatorImportService service = context.navigatorImport();
            if (dryRun) {
                checked = service.preview(list, mapping);
            } else {
                result = service.apply(list, mapping, mode, Progress.NONE);
                checked = result.checked();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(checked, mode, result));
        } else {
            text(out, checked, result);
        }
        out.flush();
        return Cli.OK;
    }

    /** The titles of the file's columns, for a message about missing ones. */
    private static String titles(ImportFile list) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < list.columnCount(); c++) {
            out.add(list.columnLabel(c));
        }
        return String.join(", ", out);
    }

    private void text(PrintWriter out, ImportPreview<NavigatorField, NavigatorImportRow> p,
            ImportResult<NavigatorField, NavigatorImportRow> result) {
        out.println(p.file().describe());
        out.println(ImportTexts.mapping(p.file(), p.mapping()));
        out.println(ImportTexts.counts(p));
        List<RowProblem> problems = p.problems();
        if (!problems.isEmpty()) {
            out.println();
            out.println(I18n.text("cli.importNavigators.errors", problems.size()));
            for (RowProblem problem : problems) {
                out.println("  " + problem.text());
            }
        }
        out.println();
        out.println(result == null ? I18n.text("cli.importNavigators.dryRunDone") : NavigatorImportTexts.result(result));
    }

    private String json(ImportPreview<NavigatorField, NavigatorImportRow> p, ImportMode mode,
            ImportResult<NavigatorField, NavigatorImportRow> result) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        ImportFile f = p.file();
        o.put("file", f.fileName());
        o.put("format", f.format().name());
        o.put("sheet", f.sheetName());
        o.put("encoding", f.encoding());
        o.put("separator", f.separator() == null ? null : String.valueOf(f.separator()));
        o.put("headerRow", f.headerRow());
        o.put("dryRun", result == null);
        o.put("mode", mode.name());
        ObjectNode mapping = o.putObject("mapping");
        for (Map.Entry<NavigatorField, Integer> e : p.mapping().asMap().entrySet()) {
            ObjectNode column = mapping.putObject(e.getKey().name());
            column.put("column", SheetCell.columnLetter(e.getValue()));
            column.put("title", f.header(e.getValue()));
        }
        ObjectNode counts = o.putObject("counts");
        counts.put("read", p.read());
        counts.put("valid", p.valid());
        counts.put("invalid", p.invalid());
        counts.put("imported", result == null ? 0 : result.imported());
        counts.put("skipped", result == null ? 0 : result.skipped());
        ArrayNode rows = o.putArray("rows");
        for (NavigatorImportRow r : p.rows()) {
            ObjectNode row = rows.addObject();
            row.put("row", r.row());
            row.put("valid", r.valid());
            row.put("firstName", r.firstName());
            row.put("lastName", r.lastName());
            row.put("ags", r.municipality() == null ? null : r.municipality().ags());
            row.put("municipality", r.municipalityLabel());
            row.put("status", r.status() == null ? null : r.status().name());
            row.put("since", r.since() == null ? null : r.since().toString());
            row.put("until", r.until() == null ? null : r.until().toString());
            ArrayNode errors = row.putArray("errors");
            for (RowProblem problem : r.problems()) {
                ObjectNode e = errors.addObject();
                e.put("column", problem.column() < 0 ? null : SheetCell.columnLetter(problem.column()));
                e.put("columnTitle", problem.column() < 0 ? null : f.header(problem.column()));
                e.put("reason", problem.reason());
                e.put("message", problem.text());
            }
        }
        return mapper.writeValueAsString(o);
    }
}
