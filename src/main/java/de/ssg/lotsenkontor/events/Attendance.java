package de.ssg.lotsenkontor.events;

import de.ssg.lotsenkontor.people.Navigator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

/** A navigator registered for an event; {@code attended} tells whether they came. */
@Entity
@Table(name = "attendance", uniqueConstraints = @UniqueConstraint(name = "uq_attendance",
        columnNames = {"event_id", "navigator_id"}))
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "navigator_id", nullable = false)
    private Navigator navigator;

    @Column(nullable = false)
    private boolean attended = true;

    @Version
    private int version;

    protected Attendance() {
    }

    public Attendance(Event event, Navigator navigator, boolean attended) {
        this.event = event;
        this.navigator = navigator;
        this.attended = attended;
    }

    public Long getId() {
        return id;
    }

    public Event getEvent() {
        return event;
    }

    public Navigator getNavigator() {
        return navigator;
    }

    public boolean isAttended() {
        return attended;
    }

    public void setAttended(boolean attended) {
        this.attended = attended;
    }

    public int getVersion() {
        return version;
    }
}
