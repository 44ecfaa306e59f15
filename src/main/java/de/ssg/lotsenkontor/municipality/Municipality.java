package de.ssg.lotsenkontor.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One municipality, keyed by its 8-digit AGS. Holds its current participation status; the
 * dated history lives in {@link Participation}.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 8)
    private String ags;

    @Column(length = 12)
    private String ars;

    @Column(nullable = false, length = 160)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "municipality_type", nullable = false, length = 20)
    private MunicipalityType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "association_id")
    private AdminAssociation association;

    private Integer population;

    @Column(name = "area_km2", precision = 10, scale = 2)
    private BigDecimal areaKm2;

    @Column(length = 5)
    private String postcode;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "participation_status", nullable = false, length = 20)
    private ParticipationStatus participationStatus = ParticipationStatus.NICHT_BETEILIGT;

    @Column(name = "participation_since")
    private LocalDate participationSince;

    /** Set when the municipality no longer exists in the official directory (e.g. merged). */
    @Column(name = "dissolved_on")
    private LocalDate dissolvedOn;

    @Version
    private int version;

    protected Municipality() {
    }

    public Municipality(String ags, String name, MunicipalityType type, District district) {
        this.ags = ags;
        this.name = name;
        this.type = type;
        this.district = district;
    }

    public Long getId() {
        return id;
    }

    public String getAgs() {
        return ags;
    }

    public String getArs() {
        return ars;
    }

    public void setArs(String ars) {
        this.ars = ars;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MunicipalityType getType() {
        return type;
    }

    public void setType(MunicipalityType type) {
        this.type = type;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public AdminAssociation getAssociation() {
        return association;
    }

    public void setAssociation(AdminAssociation association) {
        this.association = association;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    public BigDecimal getAreaKm2() {
        return areaKm2;
    }

    public void setAreaKm2(BigDecimal areaKm2) {
        this.areaKm2 = areaKm2;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setCoordinates(BigDecimal longitude, BigDecimal latitude) {
        this.longitude = longitude;
        this.latitude = latitude;
    }

    public ParticipationStatus getParticipationStatus() {
        return participationStatus;
    }

    public LocalDate getParticipationSince() {
        return participationSince;
    }

    /** Only {@link MunicipalityService} calls this, together with a new {@link Participation} entry. */
    void setParticipation(ParticipationStatus status, LocalDate since) {
        this.participationStatus = status;
        this.participationSince = since;
    }

    public LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    public void setDissolvedOn(LocalDate dissolvedOn) {
        this.dissolvedOn = dissolvedOn;
    }

    public int getVersion() {
        return version;
    }
}
