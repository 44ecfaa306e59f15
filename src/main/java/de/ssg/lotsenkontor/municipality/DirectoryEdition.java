package de.ssg.lotsenkontor.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Record of one edition of the official municipality directory that was applied to the database. */
@Entity
@Table(name = "directory_edition")
public class DirectoryEdition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference_date", nullable = false)
    private LocalDate referenceDate;

    @Column(nullable = false, length = 400)
    private String source;

    @Column(name = "state_filter", nullable = false, length = 10)
    private String stateFilter;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(nullable = false)
    private int municipalities;

    @Column(nullable = false)
    private int added;

    @Column(nullable = false)
    private int renamed;

    @Column(nullable = false)
    private int changed;

    @Column(nullable = false)
    private int vanished;

    protected DirectoryEdition() {
    }

    public DirectoryEdition(LocalDate referenceDate, String source, String stateFilter, Instant appliedAt,
            int municipalities, int added, int renamed, int changed, int vanished) {
        this.referenceDate = referenceDate;
        this.source = source;
        this.stateFilter = stateFilter;
        this.appliedAt = appliedAt;
        this.municipalities = municipalities;
        this.added = added;
        this.renamed = renamed;
        this.changed = changed;
        this.vanished = vanished;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public String getSource() {
        return source;
    }

    public String getStateFilter() {
        return stateFilter;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public int getMunicipalities() {
        return municipalities;
    }

    public int getAdded() {
        return added;
    }

    public int getRenamed() {
        return renamed;
    }

    public int getChanged() {
        return changed;
    }

    public int getVanished() {
        return vanished;
    }
}
