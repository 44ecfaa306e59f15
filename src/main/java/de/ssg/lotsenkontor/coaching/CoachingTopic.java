package de.ssg.lotsenkontor.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A topic of coaching sessions from the list the office edits (E-Akte, OZG-Leistungen …). */
@Entity
@Table(name = "coaching_topic")
public class CoachingTopic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200, unique = true)
    private String name;

    @Column(nullable = false)
    private int position;

    @Version
    private int version;

    protected CoachingTopic() {
    }

    public CoachingTopic(String name, int position) {
        this.name = name;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public int getPosition() {
        return position;
    }

    public int getVersion() {
        return version;
    }
}
