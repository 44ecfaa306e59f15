package de.ssg.lotsenkontor.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A course module from the list the office keeps (Basiswissen Digitalisierung, E-Akte …); those
 * marked {@code basicQualification} together make up the navigators' basic qualification.
 */
@Entity
@Table(name = "course_module")
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "basic_qualification", nullable = false)
    private boolean basicQualification;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** Offered for new courses; an inactive module stays with its past courses. */
    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected CourseModule() {
    }

    public CourseModule(String name, boolean basicQualification, int sortOrder) {
        this.name = name;
        this.basicQualification = basicQualification;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isBasicQualification() {
        return basicQualification;
    }

    public void setBasicQualification(boolean basicQualification) {
        this.basicQualification = basicQualification;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public int getVersion() {
        return version;
    }
}
