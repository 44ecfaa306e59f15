package de.ssg.lotsenkontor.excel;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler over one worksheet's XML: turns {@code <row>}/{@code <c>} elements into
 * {@link SheetRow}s with raw values and hands each to a {@link RowVisitor}. Nothing is formatted:
 * numbers stay as stored, shared strings are looked up in the table read before.
 */
final class SheetXmlHandler extends DefaultHandler {

    /** Thrown through the parser when the visitor wants no more rows. */
    static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("stop");
        }
    }

    private final List<String> sharedStrings;
    private final RowVisitor visitor;

    private final List<SheetCell> cells = new ArrayList<>(32);
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private int rowNumber;
    private int column;
    private String type;
    private boolean inValue;
    private boolean inInlineText;
    private boolean hasValue;
    private boolean hasInline;
    private int phoneticDepth;

    SheetXmlHandler(List<String> sharedStrings, RowVisitor visitor) {
        this.sharedStrings = sharedStrings;
        this.visitor = visitor;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (SaxReaders.local(localName, qName)) {
            case "c" -> {
                String ref = attributes.getValue("r");
                int col = ref == null ? -1 : SheetCell.columnOf(ref);
                column = col >= 0 ? col : column + 1;
                type = attributes.getValue("t");
                value.setLength(0);
                inline.setLength(0);
                hasValue = false;
                hasInline = false;
            }
            case "v" -> {
                inValue = true;
                hasValue = true;
            }
            case "t" -> {
                if (phoneticDepth == 0) {
                    inInlineText = true;
                    hasInline = true;
                }
            }
            case "rPh" -> phoneticDepth++;
            case "row" -> {
                String r = attributes.getValue("r");
                int parsed = -1;
                if (r != null) {
                    try {
                        parsed = Integer.parseInt(r);
                    } catch (NumberFormatException ignored) {
                        // fall back to counting
                    }
                }
                rowNumber = parsed > 0 ? parsed : rowNumber + 1;
                column = -1;
                cells.clear();
            }
            case "dimension" -> {
                String ref = attributes.getValue("ref");
                if (ref != null) {
                    int colon = ref.indexOf(':');
                    String last = colon >= 0 ? ref.substring(colon + 1) : ref;
                    String digits = last.replaceAll("[^0-9]", "");
                    if (!digits.isEmpty()) {
                        try {
                            visitor.expectedRows(Integer.parseInt(digits));
                        } catch (NumberFormatException ignored) {
                            // only a hint for progress
                        }
                    }
                }
            }
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (SaxReaders.local(localName, qName)) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> phoneticDepth--;
            case "c" -> endCell();
            case "row" -> {
                if (!visitor.row(new SheetRow(rowNumber, cells))) {
                    throw new Stop();
                }
            }
            default -> { }
        }
    }

    private void endCell() {
        SheetCell.Kind kind;
        String text;
        if ("inlineStr".equals(type)) {
            if (!hasInline) {
                return;
            }
            kind = SheetCell.Kind.TEXT;
            text = SaxReaders.unescape(inline.toString());
        } else {
            if (!hasValue) {
                return;
            }
            String v = value.toString();
            if (type == null || type.equals("n")) {
                kind = SheetCell.Kind.NUMBER;
                text = v.trim();
            } else if (type.equals("s")) {
                kind = SheetCell.Kind.TEXT;
                text = sharedString(v);
            } else if (type.equals("b")) {
                kind = SheetCell.Kind.BOOLEAN;
                text = "1".equals(v.trim()) ? "TRUE" : "FALSE";
            } else if (type.equals("e")) {
                kind = SheetCell.Kind.ERROR;
                text = v;
            } else {
                // "str" (formula result), "d" (ISO date), anything unknown: text as written
                kind = SheetCell.Kind.TEXT;
                text = v;
            }
        }
        if (text == null || text.isEmpty()) {
            return;
        }
        cells.add(new SheetCell(column, kind, text));
    }

    private String sharedString(String index) {
        try {
            int i = Integer.parseInt(index.trim());
            return i >= 0 && i < sharedStrings.size() ? sharedStrings.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inInlineText) {
            inline.append(ch, start, length);
        }
    }
}
