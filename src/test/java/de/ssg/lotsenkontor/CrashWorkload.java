package de.ssg.lotsenkontor;

import de.ssg.lotsenkontor.app.AppContext;
import de.ssg.lotsenkontor.app.LoggingSetup;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.demo.DemoData;
import de.ssg.lotsenkontor.demo.DemoSummary;
import de.ssg.lotsenkontor.municipality.Municipality;
import de.ssg.lotsenkontor.people.Navigator;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The child program of the crash test: runs one workload on a real database until it is killed,
 * and confirms on stdout every write that the storage reported as done (a line printed after the
 * call returned, exactly as the command line and the window report success).
 *
 * <ul>
 * <li>{@code import DIR FIRST}: batches of {@value #BATCH} navigators, each in one transaction
 *     like the navigator import ({@code begin k}, {@code flushing k} inside it, {@code committed k});
 * <li>{@code edits DIR FIRST}: single saves through the navigator service ({@code saving k},
 *     {@code saved k ID});
 * <li>{@code demo DIR}: the demo generation ({@code step TEXT}, {@code done COUNTS}).
 * </ul>
 */
public final class CrashWorkload {

    public static final int BATCH = 50_000;
    public static final String IMPORT_TAG = "Crash-Import ";
    public static final String EDIT_TAG = "Crash-Edit";

    private CrashWorkload() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        LoggingSetup.useFolder(dir.resolve("logs"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (AppContext context = AppContext.open(DataPaths.of(dir))) {
            context.database().startMapping();
            context.database().ready().join();
            out.println("ready");
            switch (args[0]) {
                case "import" -> importBatches(context, Integer.parseInt(args[2]), out);
                case "edits" -> edits(context, Integer.parseInt(args[2]), out);
                case "demo" -> demo(context, out);
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }

    private static List<Long> municipalities(AppContext context) {
        return context.database().withConnection(c -> {
            List<Long> ids = new java.util.ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT id FROM municipality ORDER BY ags LIMIT 50")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private static void importBatches(AppContext context, int first, PrintStream out) {
        List<Long> places = municipalities(context);
        for (int k = first; ; k++) {
            int batch = k;
            out.println("begin " + batch);
            context.database().inBulkTransaction(session -> {
                for (int i = 0; i < BATCH; i++) {
                    Navigator n = new Navigator("Vorname" + i, "Nachname" + batch + "x" + i,
                            session.getReference(Municipality.class, places.get(i % places.size())),
                            NavigatorStatus.AKTIV, LocalDate.of(2025, 1, 1));
                    n.setDepartment(IMPORT_TAG + batch);
                    n.setEmail("n" + batch + "." + i + "@example.org");
                    session.persist(n);
                    if (i % 1000 == 999) {
                        session.flush();
                        session.clear();
                    }
                }
                out.println("flushing " + batch);
                session.flush();
                return null;
            });
            out.println("committed " + batch);
        }
    }

    private static void edits(AppContext context, int first, PrintStream out) {
        List<Long> places = municipalities(context);
        for (int k = first; ; k++) {
            out.println("saving " + k);
            NavigatorDetails saved = context.navigators().save(new NavigatorChange(null, 0, "Erika", "Edit" + k,
                    places.get(k % places.size()), List.of(), EDIT_TAG, null, null, NavigatorStatus.AKTIV,
                    LocalDate.of(2025, 2, 1), null));
            out.println("saved " + k + " " + saved.id());
        }
    }

    private static void demo(AppContext context, PrintStream out) {
        String commit = I18n.text("demo.step.commit");
        String[] last = {""};
        DemoSummary s = new DemoData(context.database(), context.clock()).generate(1, DemoData.DEFAULT_SEED,
                (done, total, step) -> {
                    if (!step.equals(last[0])) {
                        last[0] = step;
                        out.println(step.equals(commit) ? "step commit" : "step " + step);
                    }
                });
        out.println("done " + s.coaches() + " " + s.navigators() + " " + s.sessions() + " " + s.events() + " "
                + s.projects() + " " + s.expenses());
    }
}
