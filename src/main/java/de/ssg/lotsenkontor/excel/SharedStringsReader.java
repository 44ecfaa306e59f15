package de.ssg.lotsenkontor.excel;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads {@code xl/sharedStrings.xml} into a plain list of strings with SAX: rich-text runs are
 * joined, phonetic runs left out, escaped characters ({@code _x0007_}) restored. Lighter than POI's rich-text objects, which pull in XmlBeans.
 */
final class SharedStringsReader extends DefaultHandler {

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean inText;
    private int phoneticDepth;

    List<String> strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (SaxReaders.local(localName, qName)) {
            case "si" -> current.setLength(0);
            case "t" -> inText = phoneticDepth == 0;
            case "rPh" -> phoneticDepth++;
            case "sst" -> {
                String unique = attributes.getValue("uniqueCount");
                if (unique != null) {
                    try {
                        ((ArrayList<String>) strings).ensureCapacity(Math.min(Integer.parseInt(unique), 1 << 22));
                    } catch (NumberFormatException ignored) {
                        // only a size hint
                    }
                }
            }
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (SaxReaders.local(localName, qName)) {
            case "si" -> strings.add(SaxReaders.unescape(current.toString()));
            case "t" -> inText = false;
            case "rPh" -> phoneticDepth--;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            current.append(ch, start, length);
        }
    }
}
