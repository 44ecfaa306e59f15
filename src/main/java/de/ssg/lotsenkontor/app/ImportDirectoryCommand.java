package de.ssg.lotsenkontor.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.municipality.DirectoryStand;
import de.ssg.lotsenkontor.storage.DataPaths;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryFile;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryImportResult;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryImportService;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Added;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Changed;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.FieldChange;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.References;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Renamed;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.UnitChange;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Vanished;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryTexts;
import de.ssg.lotsenkontor.municipality.directoryimport.GvIsysReader;
import de.ssg.lotsenkontor.municipality.directoryimport.StateFilter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import-directory FILE [--state 14|all] [--dry-run] [--json]}: reads an edition of the
 * official municipality directory (Destatis GV-ISys "Auszug GV"), prints its differences against
 * the database and, without {@code --dry-run}, applies them in one transaction.
 *
 * <p>The file is read completely and checked before anything is written: a bad file changes
 * nothing. An existing database opens meanwhile on a second thread. Everything here is plain
 * JDBC, so the command never waits for Hibernate.
 */
@Command(name = "import-directory", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportDirectoryCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.importDirectory.file")
    Path file;

    @Option(names = "--state", paramLabel = "14|all", defaultValue = "14", descriptionKey = "cli.importDirectory.state")
    String state;

    @Option(names = "--dry-run", descriptionKey = "cli.importDirectory.dryRun")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "cli.importDirectory.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        StateFilter filter;
        try {
            filter = StateFilter.parse(state);
        } catch (DomainException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // Resolve the data folder first: it also sends the log to its file, before POI logs anything.
        DataPaths paths = root.dataPaths();
        // An existing database opens on a second thread while the file is read (opening it changes
        // nothing); a new one is only created once the file has proved usable.
        CompletableFuture<AppContext> opening = Files.exists(Path.of(paths.databaseFile() + ".mv.db"))
                ? CompletableFuture.supplyAsync(root::openContext) : null;
        DirectoryFile directory;
        try {
            directory = GvIsysReader.read(file, filter, Progress.NONE);
        } catch (RuntimeException e) {
            if (opening != null) {
                opening.handle((context, error) -> {
                    if (context != null) {
                        context.close();
                    }
                    return null;
                }).join();
            }
            throw e;
        }
        DirectoryPreview preview;
        DirectoryImportResult result = null;
        DirectoryStand standAfter = null;
        try (AppContext context = opening == null ? root.openContext() : join(opening)) {
            DirectoryImportService service = context.directoryImport();
            if (dryRun) {
                preview = service.preview(directory);
            } else {
                result = service.apply(directory, Progress.NONE);
                preview = result.applied();
                standAfter = service.current().orElse(null);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(preview, result, standAfter));
        } else {
            // all of Germany is some 11,000 lines: write them at once, not flushed line by line
            StringWriter text = new StringWriter(1 << 16);
            PrintWriter buffer = new PrintWriter(text);
            text(buffer, preview, result, standAfter);
            buffer.flush();
            out.print(text);
        }
        out.flush();
        return Cli.OK;
    }

    private static AppContext join(CompletableFuture<AppContext> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    // ------------------------------------------------------------------ text

    private void text(PrintWriter out, DirectoryPreview p, DirectoryImportResult result, DirectoryStand standAfter) {
        out.println(I18n.text("cli.importDirectory.source", DirectoryTexts.source(p)));
        out.println(DirectoryTexts.counts(p));
        if (p.unincorporated() > 0) {
            out.println(I18n.text("cli.importDirectory.unincorporated", p.unincorporated()));
        }
        out.println(I18n.text("cli.importDirectory.currentStand", DirectoryTexts.stand(p.current())));
        if (!p.warnings().isEmpty()) {
            out.println();
            out.println(I18n.text("cli.importDirectory.warnings"));
            for (String w : p.warnings()) {
                out.println("  ! " + w);
            }
        }
        section(out, "cli.importDirectory.added", p.added().size());
        for (Added a : p.added()) {
            out.println("  " + a.ags() + "  " + a.name() + " (" + a.districtName() + ")");
        }
        section(out, "cli.importDirectory.renamed", p.renamed().size());
        for (Renamed r : p.renamed()) {
            out.println("  " + r.ags() + "  " + r.oldName() + " → " + r.newName());
        }
        section(out, "cli.importDirectory.changed", p.changed().size());
        for (Changed c : p.changed()) {
            out.println("  " + c.ags() + "  " + c.name() + ": " + DirectoryTexts.changes(c));
        }
        section(out, "cli.importDirectory.vanished", p.vanished().size());
        for (Vanished v : p.vanished()) {
            String refs = DirectoryTexts.references(v.references());
            out.println("  " + v.ags() + "  " + v.name() + " (" + v.districtName() + ")"
                    + (refs.isEmpty() ? "" : " – " + I18n.text("cli.importDirectory.toResolveItem", refs)));
        }
        section(out, "cli.importDirectory.units", p.units().size());
        for (UnitChange u : p.units()) {
            out.println("  " + DirectoryTexts.unit(u));
        }
        out.println();
        if (result == null) {
            out.println(I18n.text("cli.importDirectory.dryRunDone"));
        } else {
            out.println(I18n.text("cli.importDirectory.applied", DirectoryTexts.stand(standAfter)));
            int toResolve = result.toResolve().size();
            if (toResolve > 0) {
                out.println(I18n.text("cli.importDirectory.toResolve", toResolve));
            }
        }
    }

    private static void section(PrintWriter out, String key, int count) {
        if (count > 0) {
            out.println();
            out.println(I18n.text(key, count));
        }
    }

    // ------------------------------------------------------------------ JSON

    private String json(DirectoryPreview p, DirectoryImportResult result, DirectoryStand standAfter) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("file", p.fileName());
        o.put("sheet", p.sheetName());
        o.put("referenceDate", p.referenceDate().toString());
        o.put("state", p.state().label());
        o.put("stateName", p.stateName());
        o.put("dryRun", result == null);
        o.put("applied", result != null);
        if (result != null) {
            o.put("editionId", result.editionId());
        }
        o.put("currentReferenceDate", p.current() == null ? null : p.current().referenceDate().toString());
        o.put("olderThanCurrent", p.olderThanCurrent());
        if (standAfter != null) {
            o.put("referenceDateInUse", standAfter.referenceDate().toString());
        }
        o.put("found", p.found());
        o.put("unincorporated", p.unincorporated());
        ObjectNode counts = o.putObject("counts");
        counts.put("found", p.found());
        counts.put("new", p.added().size());
        counts.put("renamed", p.renamed().size());
        counts.put("changed", p.changed().size());
        counts.put("vanished", p.vanished().size());
        counts.put("toResolve", p.toResolve().size());
        counts.put("districtsAndAssociations", p.units().size());
        ArrayNode added = o.putArray("new");
        for (Added a : p.added()) {
            ObjectNode n = added.addObject();
            n.put("ags", a.ags());
            n.put("name", a.name());
            n.put("type", a.type().name());
            n.put("district", a.districtName());
            if (a.population() == null) {
                n.putNull("population");
            } else {
                n.put("population", a.population());
            }
        }
        ArrayNode renamed = o.putArray("renamed");
        for (Renamed r : p.renamed()) {
            ObjectNode n = renamed.addObject();
            n.put("ags", r.ags());
            n.put("oldName", r.oldName());
            n.put("newName", r.newName());
        }
        ArrayNode changed = o.putArray("changed");
        for (Changed c : p.changed()) {
            ObjectNode n = changed.addObject();
            n.put("ags", c.ags());
            n.put("name", c.name());
            ArrayNode fields = n.putArray("changes");
            for (FieldChange f : c.changes()) {
                ObjectNode fn = fields.addObject();
                fn.put("field", f.field().name());
                put(fn, "old", f.oldValue());
                put(fn, "new", f.newValue());
            }
        }
        ArrayNode vanished = o.putArray("vanished");
        for (Vanished v : p.vanished()) {
            ObjectNode n = vanished.addObject();
            n.put("ags", v.ags());
            n.put("name", v.name());
            n.put("district", v.districtName());
            n.put("needsResolution", v.needsResolution());
            References r = v.references();
            ObjectNode refs = n.putObject("references");
            refs.put("navigators", r.navigators());
            refs.put("projects", r.projects());
            refs.put("sessions", r.sessions());
            refs.put("participationEntries", r.participationEntries());
            refs.put("contacts", r.contacts());
            refs.put("participationStatus", r.status() == null ? null : r.status().name());
        }
        ArrayNode units = o.putArray("districtsAndAssociations");
        for (UnitChange u : p.units()) {
            ObjectNode n = units.addObject();
            n.put("kind", u.kind().name());
            n.put("key", u.key());
            n.put("oldName", u.oldName());
            n.put("newName", u.newName());
        }
        ArrayNode warnings = o.putArray("warnings");
        List.copyOf(p.warnings()).forEach(warnings::add);
        return mapper.writeValueAsString(o);
    }

    /** Integers as numbers, decimals as plain decimal strings, dates ISO, enums by name. */
    private static void put(ObjectNode node, String name, Object value) {
        if (value == null) {
            node.putNull(name);
        } else if (value instanceof Integer i) {
            node.put(name, i);
        } else if (value instanceof BigDecimal b) {
            node.put(name, b.toPlainString());
        } else if (value instanceof LocalDate d) {
            node.put(name, d.toString());
        } else if (value instanceof Enum<?> e) {
            node.put(name, e.name());
        } else {
            node.put(name, value.toString());
        }
    }
}
