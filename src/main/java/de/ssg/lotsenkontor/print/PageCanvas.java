package de.ssg.lotsenkontor.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws on one page in layout coordinates: points, {@code y} measured from the top edge down
 * (PDF measures from the bottom up). Colours are {@code 0xRRGGBB} in DeviceRGB, all opaque, so
 * nothing needs transparency. I/O errors become unchecked: they only happen when memory runs out.
 */
final class PageCanvas implements AutoCloseable {

    private final PDPageContentStream out;
    private final float height;

    PageCanvas(PDDocument document, PDPage page, boolean append) {
        try {
            this.out = append
                    ? new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)
                    : new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.height = page.getMediaBox().getHeight();
    }

    /** Text with its baseline at {@code baseline} (from the top), left edge at {@code x}. */
    void text(float x, float baseline, PdfFont font, float size, int rgb, String printable) {
        if (printable.isEmpty()) {
            return;
        }
        try {
            out.beginText();
            out.setFont(font.pdf(), size);
            fill(rgb);
            out.newLineAtOffset(x, height - baseline);
            // the glyphs written directly: PDFBox's showText would run the font's ligature rules
            // (GSUB) for every string, which makes long tables many times slower
            out.appendRawCommands(font.hexGlyphs(printable) + " Tj\n");
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fillRect(float x, float top, float w, float h, int rgb) {
        try {
            fill(rgb);
            out.addRect(x, height - top - h, w, h);
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void strokeRect(float x, float top, float w, float h, float lineWidth, int rgb) {
        try {
            stroke(rgb, lineWidth);
            out.addRect(x, height - top - h, w, h);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, int rgb) {
        try {
            stroke(rgb, lineWidth);
            out.moveTo(x1, height - y1);
            out.lineTo(x2, height - y2);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void dashedLine(float x1, float y1, float x2, float y2, float lineWidth, int rgb) {
        try {
            out.setLineDashPattern(new float[] {4f, 2.5f}, 0);
            line(x1, y1, x2, y2, lineWidth, rgb);
            out.setLineDashPattern(new float[0], 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A polyline through {@code xy} (x0, y0, x1, y1, … in layout coordinates). */
    void polyline(float[] xy, float lineWidth, int rgb) {
        try {
            stroke(rgb, lineWidth);
            out.setLineJoinStyle(1);
            out.moveTo(xy[0], height - xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                out.lineTo(xy[i], height - xy[i + 1]);
            }
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a path of closed rings; add them with {@link #ring}, finish with {@link #fillPath} or {@link #strokePath}. */
    void ring(float[] xy, int points) {
        try {
            out.moveTo(xy[0], height - xy[1]);
            for (int i = 1; i < points; i++) {
                out.lineTo(xy[2 * i], height - xy[2 * i + 1]);
            }
            out.closePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills the rings added since the last path (even-odd: holes stay open) and outlines them. */
    void fillPath(int fillRgb, float lineWidth, int strokeRgb) {
        try {
            fill(fillRgb);
            if (lineWidth > 0) {
                stroke(strokeRgb, lineWidth);
                out.setLineJoinStyle(1);
                out.fillAndStrokeEvenOdd();
            } else {
                out.fillEvenOdd();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void strokePath(float lineWidth, int rgb) {
        try {
            stroke(rgb, lineWidth);
            out.setLineJoinStyle(1);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void circle(float cx, float cy, float r, int rgb) {
        float k = 0.5523f * r;
        float y = height - cy;
        try {
            fill(rgb);
            out.moveTo(cx + r, y);
            out.curveTo(cx + r, y + k, cx + k, y + r, cx, y + r);
            out.curveTo(cx - k, y + r, cx - r, y + k, cx - r, y);
            out.curveTo(cx - r, y - k, cx - k, y - r, cx, y - r);
            out.curveTo(cx + k, y - r, cx + r, y - k, cx + r, y);
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void image(PDImageXObject image, float x, float top, float w, float h) {
        try {
            out.drawImage(image, x, height - top - h, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(int rgb) throws IOException {
        out.setNonStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
    }

    private void stroke(int rgb, float lineWidth) throws IOException {
        out.setStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
        out.setLineWidth(lineWidth);
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
