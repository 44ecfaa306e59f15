package de.ssg.lotsenkontor.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.funding.CategoryOption;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.expenseimport.DatevHeader;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseField;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseFile;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseFileReader;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportCheck;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportResult;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportRow;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportService;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportSummary;
import de.ssg.lotsenkontor.importing.ColumnMapping;
import de.ssg.lotsenkontor.importing.ImportFile;
import de.ssg.lotsenkontor.importing.ImportMode;
import de.ssg.lotsenkontor.importing.ImportPreview;
import de.ssg.lotsenkontor.importing.ImportTexts;
import de.ssg.lotsenkontor.importing.RowProblem;
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
 * {@code import-expenses FILE --contract REF [--source NAME] [--category CODE] [--all-or-nothing]
 * [--dry-run] [--json]}: reads a DATEV booking batch, a bank statement or an expense list, checks
 * every row against the contract and books the new expenses in one transaction. Prints the same
 * counts, header warnings and row reasons as the preview in the window. The file is read before
 * the database is opened: a file that cannot be read changes nothing.
 */
@Command(name = "import-expenses", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportExpensesCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.importExpenses.file")
    Path file;

    @Option(names = "--contract", required = true, paramLabel = "REF", descriptionKey = "cli.importExpenses.contract")
    String contract;

    @Option(names = "--source", paramLabel = "NAME", descriptionKey = "cli.importExpenses.source")
    String source;

    @Option(names = "--category", paramLabel = "CODE", descriptionKey = "cli.importExpenses.category")
    String category;

    @Option(names = "--all-or-nothing", descriptionKey = "cli.importExpenses.allOrNothing")
    boolean allOrNothing;

    @Option(names = "--dry-run", descriptionKey = "cli.importExpenses.dryRun")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "cli.importExpenses.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        root.dataPaths(); // sends the log to the data folder before POI logs anything
        ExpenseFile read = ExpenseFileReader.read(file, null, Progress.NONE);
        ImportMode mode = allOrNothing ? ImportMode.ALL_OR_NOTHING : ImportMode.VALID_ROWS;
        ImportPreview<ExpenseField, ExpenseImportRow> checked;
        ExpenseImportResult result = null;
        ContractRow target;
        try (AppContext context = root.openContext()) {
            ExpenseImportService service = context.expenseImport();
            ColumnMapping<ExpenseField> mapping = service.mapping(read, source);
            List<String> missing = ExpenseImportCheck.missing(read, mapping);
            if (!missing.isEmpty()) {
                throw new DomainException("cli.importExpenses.missingColumns", read.fileName(),
                        ImportTexts.and(missing), titles(read.file()));
            }
            target = service.contract(contract);
            Long categoryId = null;
            if (category != null) {
                categoryId = service.category(category).map(CategoryOption::id)
                        .orElseThrow(() -> new DomainException("expimport.error.noCategory", category));
            }
            if (dryRun) {
                var ctx = service.context(target.id());
                if (categoryId != null) {
                    ctx = ctx.withDefaultCategory(ctx.categoryById(categoryId));
                }
                checked = service.preview(read, mapping, ctx);
            } else {
                result = service.apply(read, mapping, mode, target.id(), categoryId, Progress.NONE);
                checked = result.checked();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        ExpenseImportSummary summary = ExpenseImportSummary.of(checked);
        if (json) {
            out.println(json(read, checked, summary, target, mode, result));
        } else {
            text(out, read, checked, summary, result);
        }
        out.flush();
        return Cli.OK;
    }

    private static String titles(ImportFile list) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < Math.min(list.columnCount(), 30); c++) {
            out.add(list.columnLabel(c));
        }
        return String.join(", ", out);
    }

    private void text(PrintWriter out, ExpenseFile f, ImportPreview<ExpenseField, ExpenseImportRow> p,
            ExpenseImportSummary s, ExpenseImportResult result) {
        out.println(f.file().describe());
        out.println(ImportTexts.mapping(f.file(), p.mapping()));
        if (!f.warnings().isEmpty()) {
            out.println(I18n.text("cli.importExpenses.warnings"));
            f.warnings().forEach(w -> out.println("  " + w));
        }
        out.println(I18n.text("cli.importExpenses.counts", s.read(), s.toImport(), s.cancels(), s.duplicates(),
                s.skipped(), s.errors()));
        List<RowProblem> problems = p.problems();
        if (!problems.isEmpty()) {
            out.println();
            out.println(I18n.text("cli.importExpenses.problems", problems.size()));
            for (RowProblem problem : problems) {
                out.println("  " + problem.text());
            }
        }
        out.println();
        if (result == null) {
            out.println(I18n.text("cli.importExpenses.dryRunDone"));
        } else if (result.batchId() == null) {
            out.println(I18n.text("cli.importExpenses.nothing"));
        } else {
            out.println(I18n.text("cli.importExpenses.done", result.imported(), result.batchId(),
                    result.cancelled().size()));
        }
    }

    private String json(ExpenseFile ef, ImportPreview<ExpenseField, ExpenseImportRow> p, ExpenseImportSummary s,
            ContractRow target, ImportMode mode, ExpenseImportResult result) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        ImportFile f = ef.file();
        o.put("file", f.fileName());
        o.put("format", ef.isDatev() ? "DATEV" : f.format().name());
        o.put("sheet", f.sheetName());
        o.put("encoding", f.encoding());
        o.put("separator", f.separator() == null ? null : String.valueOf(f.separator()));
        o.put("headerRow", f.headerRow());
        if (ef.isDatev()) {
            DatevHeader h = ef.datev();
            ObjectNode d = o.putObject("datev");
            d.put("marker", h.marker());
            d.put("version", h.version());
            d.put("category", h.category());
            d.put("fiscalYearStart", h.fiscalYearStart() == null ? null : h.fiscalYearStart().toString());
            d.put("periodFrom", h.periodFrom() == null ? null : h.periodFrom().toString());
            d.put("periodTo", h.periodTo() == null ? null : h.periodTo().toString());
            d.put("accountLength", h.accountLength());
            d.put("currency", h.currency());
            d.put("chart", h.chart() == null ? null : h.chart().name());
        }
        ArrayNode warnings = o.putArray("warnings");
        ef.warnings().forEach(warnings::add);
        o.put("contract", target.reference());
        o.put("dryRun", result == null);
        o.put("mode", mode.name());
        o.put("batch", result == null ? null : result.batchId());
        ObjectNode mapping = o.putObject("mapping");
        for (Map.Entry<ExpenseField, Integer> e : p.mapping().asMap().entrySet()) {
            ObjectNode column = mapping.putObject(e.getKey().name());
            column.put("column", SheetCell.columnLetter(e.getValue()));
            column.put("title", f.header(e.getValue()));
        }
        ObjectNode counts = o.putObject("counts");
        counts.put("read", s.read());
        counts.put("toImport", s.toImport());
        counts.put("imported", result == null ? 0 : result.imported());
        counts.put("cancelledByReversal", result == null ? 0 : result.cancelled().size());
        counts.put("duplicates", s.duplicates());
        counts.put("skipped", s.skipped());
        counts.put("errors", s.errors());
        ObjectNode byReason = o.putObject("skippedByReason");
        s.byReason().forEach(byReason::put);
        ArrayNode errors = o.putArray("errors");
        ArrayNode skipped = o.putArray("skipped");
        for (ExpenseImportRow r : p.rows()) {
            if (r.valid()) {
                continue;
            }
            for (RowProblem problem : r.problems()) {
                ObjectNode e = (r.blocksAllOrNothing() ? errors : skipped).addObject();
                e.put("row", problem.row());
                e.put("column", problem.column() < 0 ? null : SheetCell.columnLetter(problem.column()));
                e.put("columnTitle", problem.column() < 0 ? null : f.header(problem.column()));
                e.put("outcome", r.outcome().name());
                e.put("reason", r.reason());
                e.put("message", problem.text());
            }
        }
        return mapper.writeValueAsString(o);
    }
}
