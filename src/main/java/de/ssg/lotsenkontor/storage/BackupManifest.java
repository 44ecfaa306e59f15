package de.ssg.lotsenkontor.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a backup file says about itself ({@code manifest.json} in the zip): the schema version,
 * the number of rows of every table, the sum of every money column (e.g. {@code
 * expense.gross_amount}, {@code budget_line.planned_amount}), when and by which program version
 * it was made, and the SHA-256 of the database script beside it.
 */
public record BackupManifest(String programVersion, String schemaVersion, Instant createdAt, String sourceFolder,
        Map<String, Long> rowCounts, Map<String, BigDecimal> moneyTotals, String scriptSha256) {

    static final String FORMAT = "lotsenkontor-backup";
    static final int FORMAT_VERSION = 1;

    public BackupManifest {
        rowCounts = Map.copyOf(new TreeMap<>(rowCounts));
        moneyTotals = Map.copyOf(new TreeMap<>(moneyTotals));
    }

    /** The contents (schema, counts and totals) equal, whatever the time and checksum. */
    public boolean sameContents(BackupManifest other) {
        return schemaVersion.equals(other.schemaVersion) && rowCounts.equals(other.rowCounts)
                && totalsEqual(moneyTotals, other.moneyTotals);
    }

    private static boolean totalsEqual(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }

    String toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("format", FORMAT);
        o.put("formatVersion", FORMAT_VERSION);
        o.put("programVersion", programVersion);
        o.put("schemaVersion", schemaVersion);
        o.put("createdAt", createdAt.toString());
        o.put("sourceFolder", sourceFolder);
        ObjectNode counts = o.putObject("rowCounts");
        new TreeMap<>(rowCounts).forEach(counts::put);
        ObjectNode totals = o.putObject("moneyTotals");
        new TreeMap<>(moneyTotals).forEach((k, v) -> totals.put(k, v.toPlainString()));
        o.put("script", Backups.SCRIPT_ENTRY);
        o.put("scriptSha256", scriptSha256);
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a manifest; null when the text is not one. */
    static BackupManifest fromJson(String json) {
        try {
            JsonNode o = new ObjectMapper().readTree(json);
            if (o == null || !FORMAT.equals(o.path("format").asText()) || o.path("formatVersion").asInt() > FORMAT_VERSION) {
                return null;
            }
            Map<String, Long> counts = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.path("rowCounts").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                counts.put(e.getKey(), e.getValue().asLong());
            }
            Map<String, BigDecimal> totals = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.path("moneyTotals").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                totals.put(e.getKey(), new BigDecimal(e.getValue().asText()));
            }
            return new BackupManifest(o.path("programVersion").asText(), o.path("schemaVersion").asText(),
                    Instant.parse(o.path("createdAt").asText()), o.path("sourceFolder").asText(), counts, totals,
                    o.path("scriptSha256").asText());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
