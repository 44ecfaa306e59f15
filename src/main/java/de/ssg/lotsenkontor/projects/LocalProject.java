package de.ssg.lotsenkontor.projects;

import de.ssg.lotsenkontor.municipality.Municipality;
import de.ssg.lotsenkontor.people.Coach;
import de.ssg.lotsenkontor.people.Navigator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A concrete digital solution that navigators build in their municipality; may be a best practice. */
@Entity
@Table(name = "local_project")
public class LocalProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coach_id")
    private Coach coach;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "local_project_navigator",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "navigator_id"))
    private Set<Navigator> navigators = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status;

    @Column(length = 120)
    private String topic;

    @Column(length = 4000)
    private String description;

    @Column(length = 4000)
    private String outcome;

    /** Whom other municipalities may ask about the project. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_navigator_id")
    private Navigator contactNavigator;

    @Column(name = "best_practice", nullable = false)
    private boolean bestPractice;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "finished_on")
    private LocalDate finishedOn;

    @Version
    private int version;

    protected LocalProject() {
    }

    public LocalProject(String title, Municipality municipality, ProjectStatus status) {
        this.title = title;
        this.municipality = municipality;
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Municipality municipality) {
        this.municipality = municipality;
    }

    public Coach getCoach() {
        return coach;
    }

    public void setCoach(Coach coach) {
        this.coach = coach;
    }

    public Set<Navigator> getNavigators() {
        return navigators;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isBestPractice() {
        return bestPractice;
    }

    public void setBestPractice(boolean bestPractice) {
        this.bestPractice = bestPractice;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public LocalDate getFinishedOn() {
        return finishedOn;
    }

    public void setFinishedOn(LocalDate finishedOn) {
        this.finishedOn = finishedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public Navigator getContactNavigator() {
        return contactNavigator;
    }

    public void setContactNavigator(Navigator contactNavigator) {
        this.contactNavigator = contactNavigator;
    }

    public int getVersion() {
        return version;
    }
}
