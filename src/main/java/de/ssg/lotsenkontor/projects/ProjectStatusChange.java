package de.ssg.lotsenkontor.projects;

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
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One dated step of a project's status history; never changed once written. */
@Entity
@Table(name = "local_project_status")
public class ProjectStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private LocalProject project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(length = 1000)
    private String note;

    protected ProjectStatusChange() {
    }

    public ProjectStatusChange(LocalProject project, ProjectStatus status, LocalDate changedOn,
            LocalDateTime recordedAt, String note) {
        this.project = project;
        this.status = status;
        this.changedOn = changedOn;
        this.recordedAt = recordedAt;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public String getNote() {
        return note;
    }
}
