package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.municipality.Municipality;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A Digital-Navigator: municipal employee trained by a coach. Works in one municipality and may
 * serve further municipalities of the same association. Never deleted once it has history;
 * deactivation (status INAKTIV with an end date) keeps it in reports.
 */
@Entity
@Table(name = "navigator")
public class Navigator extends Person {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "navigator_municipality",
            joinColumns = @JoinColumn(name = "navigator_id"),
            inverseJoinColumns = @JoinColumn(name = "municipality_id"))
    private Set<Municipality> furtherMunicipalities = new HashSet<>();

    @Column(length = 160)
    private String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NavigatorStatus status;

    @Column(nullable = false)
    private LocalDate since;

    private LocalDate until;

    protected Navigator() {
    }

    public Navigator(String firstName, String lastName, Municipality municipality, NavigatorStatus status,
            LocalDate since) {
        super(firstName, lastName);
        this.municipality = municipality;
        this.status = status;
        this.since = since;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Municipality municipality) {
        this.municipality = municipality;
    }

    public Set<Municipality> getFurtherMunicipalities() {
        return furtherMunicipalities;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public NavigatorStatus getStatus() {
        return status;
    }

    public void setStatus(NavigatorStatus status) {
        this.status = status;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
