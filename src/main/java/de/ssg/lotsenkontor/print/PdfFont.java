package de.ssg.lotsenkontor.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One embedded font of a document (DejaVu Sans Condensed, bundled with its licence): measures
 * text and makes any text printable. A character the font has no glyph for is shown as "?"
 * rather than failing the document; tabs become spaces, other control characters are dropped.
 * The font is embedded as a subset, as PDF/A requires.
 */
final class PdfFont {

    private static final String FOLDER = "/de/ssg/lotsenkontor/print/fonts/";
    private static final byte[] REGULAR = read("DejaVuSansCondensed.ttf");
    private static final byte[] BOLD = read("DejaVuSansCondensed-Bold.ttf");
    private static final int CACHED = 0x3000;

    private final PDType0Font font;
    /** Advance widths in 1/1000 em of the first code points; NaN until measured, -1 for no glyph. */
    private final float[] widths = new float[CACHED];
    /** Which of the first code points were added to the subset already. */
    private final boolean[] subset = new boolean[CACHED];
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PdfFont(PDType0Font font) {
        this.font = font;
        java.util.Arrays.fill(widths, Float.NaN);
    }

    static PdfFont regular(PDDocument document) {
        return load(document, REGULAR);
    }

    static PdfFont bold(PDDocument document) {
        return load(document, BOLD);
    }

    private static PdfFont load(PDDocument document, byte[] data) {
        try {
            return new PdfFont(PDType0Font.load(document, new java.io.ByteArrayInputStream(data), true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDType0Font pdf() {
        return font;
    }

    /**
     * {@code text} (already {@linkplain #printable printable}) as a PDF hex string of glyph codes,
     * {@code <0041…>}; its characters are added to the embedded subset.
     */
    String hexGlyphs(String text) {
        byte[] codes;
        try {
            codes = font.encode(text);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("not printable: " + text, e);
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= CACHED || !subset[cp]) {
                font.addToSubset(cp);
                if (cp < CACHED) {
                    subset[cp] = true;
                }
            }
            i += Character.charCount(cp);
        }
        StringBuilder hex = new StringBuilder(codes.length * 2 + 2).append('<');
        for (byte b : codes) {
            hex.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        return hex.append('>').toString();
    }

    /** The width of {@code text} (already {@linkplain #printable printable}) at {@code size} points. */
    float width(String text, float size) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            float w = glyphWidth(cp);
            total += w < 0 ? glyphWidth('?') : w;
            i += Character.charCount(cp);
        }
        return total * size / 1000f;
    }

    /** {@code text} with only characters this font can show; line breaks are kept. */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = null;
            if (cp == '\t' || cp == '\u00a0') {
                replacement = " ";
            } else if (cp == '\r') {
                replacement = "";
            } else if (cp != '\n' && (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT)) {
                replacement = "";
            } else if (cp != '\n' && glyphWidth(cp) < 0) {
                replacement = "?";
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : text.substring(i, i + n));
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    /**
     * {@code text} broken into lines no wider than {@code maxWidth}: at line breaks, after spaces
     * and hyphens, and inside a word only when the word alone is too wide. Nothing is cut off.
     */
    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>(2);
        String printable = printable(text);
        if (printable.indexOf('\n') < 0 && width(printable, size) <= maxWidth) {
            lines.add(printable);
            return lines;
        }
        for (String paragraph : printable.split("\n", -1)) {
            wrapParagraph(paragraph.stripTrailing(), size, maxWidth, lines);
        }
        return lines;
    }

    private void wrapParagraph(String text, float size, float maxWidth, List<String> lines) {
        if (text.isEmpty()) {
            lines.add("");
            return;
        }
        float scale = size / 1000f;
        int start = 0;
        while (start < text.length()) {
            // skip spaces at the start of a continued line
            while (start < text.length() && text.charAt(start) == ' ' && !lines.isEmpty() && start > 0) {
                start++;
            }
            if (start >= text.length()) {
                break;
            }
            float w = 0;
            int lastBreak = -1; // index after which the line may end
            int i = start;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                float cw = glyphWidth(cp);
                w += (cw < 0 ? glyphWidth('?') : cw) * scale;
                if (w > maxWidth && i > start) {
                    break;
                }
                int n = Character.charCount(cp);
                if (breaksAfter(cp)) {
                    lastBreak = i + n;
                }
                i += n;
            }
            if (i >= text.length()) {
                lines.add(text.substring(start).stripTrailing());
                break;
            }
            int end = lastBreak > start ? lastBreak : i; // no break opportunity: break inside the word
            lines.add(text.substring(start, end).stripTrailing());
            start = end;
        }
    }

    /** Whether a line may end after this character: spaces, hyphens, dashes, slashes, and the parts of an e-mail address. */
    static boolean breaksAfter(int cp) {
        return cp == ' ' || cp == '-' || cp == '/' || cp == '–' || cp == '@' || cp == '_' || cp == '\n';
    }

    private float glyphWidth(int cp) {
        if (cp < CACHED) {
            float w = widths[cp];
            if (Float.isNaN(w)) {
                w = measure(cp);
                widths[cp] = w;
            }
            return w;
        }
        return measure(cp);
    }

    private float measure(int cp) {
        String s = new String(Character.toChars(cp));
        try {
            font.encode(s);
            return font.getStringWidth(s);
        } catch (IllegalArgumentException | IOException e) {
            return -1;
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfFont.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
