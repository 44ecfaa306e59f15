package de.ssg.lotsenkontor.municipality.directoryimport;

import de.ssg.lotsenkontor.municipality.AssociationType;
import de.ssg.lotsenkontor.municipality.DirectoryStand;
import de.ssg.lotsenkontor.municipality.DistrictType;
import de.ssg.lotsenkontor.municipality.MunicipalityType;
import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.References;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database's side of the comparison: municipalities, districts and associations as plain
 * values, read with JDBC in a few queries (no Hibernate, so a dry run starts fast).
 */
record DirectorySnapshot(
        Map<String, DbMunicipality> municipalities,
        Map<String, DbDistrict> districts,
        Map<String, DbAssociation> associations,
        DirectoryStand current) {

    record DbMunicipality(long id, String ags, String ars, String name, MunicipalityType type, String districtKey,
            String districtName, String associationKey, String associationName, Integer population, BigDecimal areaKm2,
            String postcode, BigDecimal longitude, BigDecimal latitude, LocalDate dissolvedOn,
            ParticipationStatus status) {
    }

    record DbDistrict(long id, String key, String name, DistrictType type, String regionName) {
    }

    record DbAssociation(long id, String key, String name, AssociationType type, String districtKey) {
    }

    static DirectorySnapshot read(Connection c) throws SQLException {
        Map<String, DbDistrict> districts = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT id, district_key, name, district_type, region_name FROM district");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                DbDistrict d = new DbDistrict(rs.getLong(1), rs.getString(2), rs.getString(3),
                        DistrictType.valueOf(rs.getString(4)), rs.getString(5));
                districts.put(d.key(), d);
            }
        }
        Map<String, DbAssociation> associations = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("""
                SELECT a.id, a.association_key, a.name, a.association_type, d.district_key
                FROM admin_association a JOIN district d ON d.id = a.district_id""");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                DbAssociation a = new DbAssociation(rs.getLong(1), rs.getString(2), rs.getString(3),
                        AssociationType.valueOf(rs.getString(4)), rs.getString(5));
                associations.put(a.key(), a);
            }
        }
        Map<String, DbMunicipality> municipalities = new LinkedHashMap<>(1024);
        try (PreparedStatement q = c.prepareStatement("""
                SELECT m.id, m.ags, m.ars, m.name, m.municipality_type, d.district_key, d.name, a.association_key,
                       a.name, m.population, m.area_km2, m.postcode, m.longitude, m.latitude, m.dissolved_on,
                       m.participation_status
                FROM municipality m
                JOIN district d ON d.id = m.district_id
                LEFT JOIN admin_association a ON a.id = m.association_id
                ORDER BY m.ags""");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                DbMunicipality m = new DbMunicipality(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), MunicipalityType.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getObject(10, Integer.class), rs.getBigDecimal(11),
                        rs.getString(12), rs.getBigDecimal(13), rs.getBigDecimal(14),
                        rs.getObject(15, LocalDate.class), ParticipationStatus.valueOf(rs.getString(16)));
                municipalities.put(m.ags(), m);
            }
        }
        return new DirectorySnapshot(municipalities, districts, associations,
                DirectoryStand.current(c).orElse(null));
    }

    /** What of the programme refers to municipality {@code id}. */
    static References references(Connection c, DbMunicipality m) throws SQLException {
        return new References(
                count(c, """
                        SELECT COUNT(DISTINCT id) FROM (
                            SELECT id FROM navigator WHERE municipality_id = ?1
                            UNION SELECT navigator_id FROM navigator_municipality WHERE municipality_id = ?1)""",
                        m.id()),
                count(c, "SELECT COUNT(*) FROM local_project WHERE municipality_id = ?1", m.id()),
                count(c, "SELECT COUNT(*) FROM coaching_session WHERE municipality_id = ?1", m.id()),
                count(c, "SELECT COUNT(*) FROM participation WHERE municipality_id = ?1", m.id()),
                count(c, "SELECT COUNT(*) FROM contact_person WHERE municipality_id = ?1", m.id()),
                m.status());
    }

    private static int count(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
