package de.ssg.lotsenkontor.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * A picture (a map, a chart) as PNG bytes with a caption (null for none). The bytes are copied
 * in and out, so the record stays immutable.
 */
public record ReportImage(byte[] png, String caption) implements ReportBlock {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    public ReportImage {
        Objects.requireNonNull(png, "png");
        if (png.length < 24 || !Arrays.equals(Arrays.copyOf(png, 8), PNG_SIGNATURE)) {
            throw new IllegalArgumentException("not a PNG image");
        }
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    /** Width in pixels, read from the PNG header. */
    public int widthPx() {
        return readInt(16);
    }

    /** Height in pixels, read from the PNG header. */
    public int heightPx() {
        return readInt(20);
    }

    private int readInt(int offset) {
        return ((png[offset] & 0xff) << 24) | ((png[offset + 1] & 0xff) << 16) | ((png[offset + 2] & 0xff) << 8)
                | (png[offset + 3] & 0xff);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportImage other && Arrays.equals(png, other.png) && Objects.equals(caption, other.caption);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(png) + Objects.hashCode(caption);
    }

    @Override
    public String toString() {
        return "ReportImage[" + widthPx() + "x" + heightPx() + ", caption=" + caption + "]";
    }
}
