package de.ssg.lotsenkontor.municipality;

import de.ssg.lotsenkontor.storage.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 13 districts, 70 associations and 418 municipalities of Saxony, bundled with the app
 * (Destatis GV-ISys, Gebietsstand 31.12.2024) and loaded into an empty database on first start.
 * Written with plain JDBC in one transaction: it runs before Hibernate is up, while the window
 * is already waiting for the data.
 */
public final class ReferenceData {

    /** Reference date of the bundled directory extract. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2024, 12, 31);
    static final String SOURCE = "Destatis GV-ISys, Auszug Sachsen (mitgeliefert)";

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceData.class);
    private static final String MUNICIPALITIES = "/de/ssg/lotsenkontor/reference/sachsen_gemeinden.csv";
    private static final String DISTRICTS = "/de/ssg/lotsenkontor/reference/sachsen_kreise.csv";

    private ReferenceData() {
    }

    /** Loads the bundled data when the database holds no municipality yet; all or nothing. */
    public static boolean loadIfEmpty(Database database) {
        return database.withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM municipality")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return false;
                }
            }
            long start = System.nanoTime();
            int loaded = load(c);
            c.commit();
            LOG.info("Loaded {} municipalities of the bundled reference data in {} ms", loaded,
                    (System.nanoTime() - start) / 1_000_000);
            return true;
        });
    }

    private static int load(Connection c) throws SQLException {
        Map<String, Long> districtIds = new HashMap<>();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO district (district_key, name, district_type, region_name) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (CSVRecord r : read(DISTRICTS)) {
                insert.setString(1, r.get("kreis_ags"));
                insert.setString(2, r.get("name"));
                insert.setString(3, districtType(r.get("typ")).name());
                insert.setString(4, blankToNull(r.get("region_name")));
                insert.executeUpdate();
                districtIds.put(r.get("kreis_ags"), generatedId(insert));
            }
        }
        List<CSVRecord> municipalities = read(MUNICIPALITIES);
        Map<String, Long> associationIds = new HashMap<>();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO admin_association (association_key, name, association_type, district_id) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (CSVRecord r : municipalities) {
                AssociationType type = associationType(r.get("verband_typ"));
                String key = r.get("verband_schluessel");
                if (type != null && !associationIds.containsKey(key)) {
                    insert.setString(1, key);
                    insert.setString(2, r.get("verband_name"));
                    insert.setString(3, type.name());
                    insert.setLong(4, districtIds.get(r.get("kreis_ags")));
                    insert.executeUpdate();
                    associationIds.put(key, generatedId(insert));
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO municipality (ags, ars, name, municipality_type, district_id, association_id, population,
                    area_km2, postcode, longitude, latitude)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (CSVRecord r : municipalities) {
                insert.setString(1, r.get("ags"));
                insert.setString(2, r.get("ars"));
                insert.setString(3, r.get("name"));
                insert.setString(4, municipalityType(r.get("gemeinde_typ")).name());
                insert.setLong(5, districtIds.get(r.get("kreis_ags")));
                Long association = associationType(r.get("verband_typ")) == null ? null
                        : associationIds.get(r.get("verband_schluessel"));
                if (association == null) {
                    insert.setNull(6, Types.BIGINT);
                } else {
                    insert.setLong(6, association);
                }
                insert.setInt(7, Integer.parseInt(r.get("einwohner")));
                insert.setBigDecimal(8, new BigDecimal(r.get("flaeche_km2")));
                insert.setString(9, r.get("plz"));
                insert.setBigDecimal(10, new BigDecimal(r.get("laengengrad")));
                insert.setBigDecimal(11, new BigDecimal(r.get("breitengrad")));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO directory_edition (reference_date, source, state_filter, applied_at, municipalities, added)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setDate(1, Date.valueOf(REFERENCE_DATE));
            insert.setString(2, SOURCE);
            insert.setString(3, "14");
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.setInt(5, municipalities.size());
            insert.setInt(6, municipalities.size());
            insert.executeUpdate();
        }
        return municipalities.size();
    }

    private static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static List<CSVRecord> read(String resource) {
        InputStream in = ReferenceData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled reference data missing: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
                        .setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DistrictType districtType(String text) {
        return "Kreisfreie Stadt".equalsIgnoreCase(text.trim()) ? DistrictType.KREISFREIE_STADT : DistrictType.LANDKREIS;
    }

    static MunicipalityType municipalityType(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("kreisfreie")) {
            return MunicipalityType.KREISFREIE_STADT;
        }
        if (t.equals("stadt")) {
            return MunicipalityType.STADT;
        }
        return MunicipalityType.GEMEINDE;
    }

    static AssociationType associationType(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("verwaltungsgemeinschaft")) {
            return AssociationType.VERWALTUNGSGEMEINSCHAFT;
        }
        if (t.startsWith("verwaltungsverband")) {
            return AssociationType.VERWALTUNGSVERBAND;
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
