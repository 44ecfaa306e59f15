package de.ssg.lotsenkontor.report;

import de.ssg.lotsenkontor.common.Progress;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The one entry point for rendering a report: {@code ReportRenderers.render(report,
 * ReportFormat.XLSX, file, progress)}. The renderers are discovered once through
 * {@link ServiceLoader}, so {@code report} depends on no renderer and a new format needs only a
 * new {@link ReportRenderer} registered in {@code META-INF/services}.
 */
public final class ReportRenderers {

    private static final Map<ReportFormat, ReportRenderer> RENDERERS = load();

    private ReportRenderers() {
    }

    /** Renders {@code report} in {@code format} to {@code file}. */
    public static void render(Report report, ReportFormat format, Path file, Progress progress) {
        renderer(format).render(report, file, progress == null ? Progress.NONE : progress);
    }

    /**
     * Lets the renderer of {@code format} get ready for a first report (see
     * {@link ReportRenderer#prepare}); for a command that renders once, on a second thread while
     * it reads its data. A failure here is left for the real rendering to report.
     */
    public static void prepare(ReportFormat format) {
        try {
            renderer(format).prepare();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ReportRenderers.class).debug("Preparing the {} renderer failed", format, e);
        }
    }

    /** The formats that can be rendered in this build. */
    public static Set<ReportFormat> formats() {
        return Set.copyOf(RENDERERS.keySet());
    }

    public static boolean supports(ReportFormat format) {
        return RENDERERS.containsKey(format);
    }

    private static ReportRenderer renderer(ReportFormat format) {
        ReportRenderer renderer = RENDERERS.get(format);
        if (renderer == null) {
            throw new IllegalStateException("No renderer for " + format + " in this build");
        }
        return renderer;
    }

    private static Map<ReportFormat, ReportRenderer> load() {
        Map<ReportFormat, ReportRenderer> found = new EnumMap<>(ReportFormat.class);
        for (ReportRenderer renderer : ServiceLoader.load(ReportRenderer.class, ReportRenderers.class.getClassLoader())) {
            found.putIfAbsent(renderer.format(), renderer);
        }
        return found;
    }
}
