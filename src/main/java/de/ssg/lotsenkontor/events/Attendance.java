package de.ssg.lotsenkontor.events;

import de.ssg.lotsenkontor.municipality.Municipality;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A person registered for an event: a navigator, or a guest from a municipality without a
 * navigator (name, municipality, e-mail); {@link #getStatus()} tells whether they came.
 */
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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "navigator_id")
    private Navigator navigator;

    @Column(name = "guest_name", length = 160)
    private String guestName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "guest_municipality_id")
    private Municipality guestMunicipality;

    @Column(name = "guest_email", length = 254)
    private String guestEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceStatus status = AttendanceStatus.ANGEMELDET;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Version
    private int version;

    protected Attendance() {
    }

    /** A navigator's registration. */
    public Attendance(Event event, Navigator navigator, LocalDate registeredOn) {
        this.event = event;
        this.navigator = navigator;
        this.registeredOn = registeredOn;
    }

    /** A guest's registration. */
    public Attendance(Event event, String guestName, Municipality guestMunicipality, String guestEmail,
            LocalDate registeredOn) {
        this.event = event;
        this.guestName = guestName;
        this.guestMunicipality = guestMunicipality;
        this.guestEmail = guestEmail;
        this.registeredOn = registeredOn;
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

    public String getGuestName() {
        return guestName;
    }

    public Municipality getGuestMunicipality() {
        return guestMunicipality;
    }

    public String getGuestEmail() {
        return guestEmail;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public void setStatus(AttendanceStatus status) {
        this.status = status;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public int getVersion() {
        return version;
    }
}
