package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.municipality.District;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A Digital-Lotse: SSG staff member who trains and coaches navigators, up to a capacity; name and contact in {@link Person}. */
@Entity
@Table(name = "coach")
public class Coach extends Person {

    /** Maximum number of navigators coached at the same time. */
    @Column(nullable = false)
    private int capacity;

    @Column(name = "active_from", nullable = false)
    private LocalDate activeFrom;

    @Column(name = "active_until")
    private LocalDate activeUntil;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "coach_focus_district",
            joinColumns = @JoinColumn(name = "coach_id"),
            inverseJoinColumns = @JoinColumn(name = "district_id"))
    private Set<District> focusDistricts = new HashSet<>();

    protected Coach() {
    }

    public Coach(String firstName, String lastName, int capacity, LocalDate activeFrom) {
        super(firstName, lastName);
        this.capacity = capacity;
        this.activeFrom = activeFrom;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    public void setActiveFrom(LocalDate activeFrom) {
        this.activeFrom = activeFrom;
    }

    public LocalDate getActiveUntil() {
        return activeUntil;
    }

    public void setActiveUntil(LocalDate activeUntil) {
        this.activeUntil = activeUntil;
    }

    /** Active on {@code day}: started and not yet ended. */
    public boolean isActiveOn(LocalDate day) {
        return !activeFrom.isAfter(day) && (activeUntil == null || !activeUntil.isBefore(day));
    }

    public Set<District> getFocusDistricts() {
        return focusDistricts;
    }
}
