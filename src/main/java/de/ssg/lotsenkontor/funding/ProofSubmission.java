package de.ssg.lotsenkontor.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A proof of use handed to the funder: the interim proof of one year or the final proof of a contract. */
@Entity
@Table(name = "proof_submission")
public class ProofSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProofKind kind;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @Version
    private int version;

    protected ProofSubmission() {
    }

    public ProofSubmission(long contractId, int year, ProofKind kind, LocalDate submittedOn) {
        this.contractId = contractId;
        this.year = year;
        this.kind = kind;
        this.submittedOn = submittedOn;
    }

    public Long getId() {
        return id;
    }

    public long getContractId() {
        return contractId;
    }

    public int getYear() {
        return year;
    }

    public ProofKind getKind() {
        return kind;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public int getVersion() {
        return version;
    }
}
