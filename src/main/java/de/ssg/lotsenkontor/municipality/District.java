package de.ssg.lotsenkontor.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A Landkreis or Kreisfreie Stadt, keyed by its 5-digit key ({@code 14521}). */
@Entity
@Table(name = "district")
public class District {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_key", nullable = false, unique = true, length = 5)
    private String key;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "district_type", nullable = false, length = 20)
    private DistrictType type;

    @Column(name = "region_name", length = 120)
    private String regionName;

    @Version
    private int version;

    protected District() {
    }

    public District(String key, String name, DistrictType type, String regionName) {
        this.key = key;
        this.name = name;
        this.type = type;
        this.regionName = regionName;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DistrictType getType() {
        return type;
    }

    public void setType(DistrictType type) {
        this.type = type;
    }

    public String getRegionName() {
        return regionName;
    }

    public void setRegionName(String regionName) {
        this.regionName = regionName;
    }

    public int getVersion() {
        return version;
    }
}
