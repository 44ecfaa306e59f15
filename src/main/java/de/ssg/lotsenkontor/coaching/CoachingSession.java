package de.ssg.lotsenkontor.coaching;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** A dated coaching contact between a coach and one or more navigators, with hours, format and topic. */
@Entity
@Table(name = "coaching_session")
public class CoachingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coach_id", nullable = false)
    private Coach coach;

    /** Everyone coached in this session; the hours count once for the session, not per navigator. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "coaching_session_navigator", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "navigator_id"))
    private Set<Navigator> navigators = new LinkedHashSet<>();

    /** Where the session counts; usually the navigator's municipality. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal hours;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_format", nullable = false, length = 20)
    private SessionFormat format;

    @Column(nullable = false, length = 200)
    private String topic;

    @Column(length = 2000)
    private String note;

    @Version
    private int version;

    CoachingSession() {
    }

    public CoachingSession(Coach coach, Collection<Navigator> navigators, Municipality municipality, LocalDate date,
            BigDecimal hours, SessionFormat format, String topic) {
        this.coach = coach;
        this.navigators.addAll(navigators);
        this.municipality = municipality;
        this.date = date;
        this.hours = hours;
        this.format = format;
        this.topic = topic;
    }

    public Long getId() {
        return id;
    }

    public Coach getCoach() {
        return coach;
    }

    void setCoach(Coach coach) {
        this.coach = coach;
    }

    void setNavigators(Collection<Navigator> navigators) {
        this.navigators.clear();
        this.navigators.addAll(navigators);
    }

    void setMunicipality(Municipality municipality) {
        this.municipality = municipality;
    }

    public Set<Navigator> getNavigators() {
        return Set.copyOf(navigators);
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public SessionFormat getFormat() {
        return format;
    }

    public void setFormat(SessionFormat format) {
        this.format = format;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public int getVersion() {
        return version;
    }
}
