package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.municipality.District;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A Digital-Lotse: SSG staff member who trains and coaches navigators, up to a capacity. */
@Entity
@Table(name = "coach")
public class Coach {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

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

    @Version
    private int version;

    protected Coach() {
    }

    public Coach(String firstName, String lastName, int capacity, LocalDate activeFrom) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.capacity = capacity;
        this.activeFrom = activeFrom;
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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

    public int getVersion() {
        return version;
    }
}
