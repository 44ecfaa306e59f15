package de.ssg.lotsenkontor.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A funding contract (Förderperiode), e.g. 2025–2026 with 1.1 M€ per year from the Freistaat Sachsen. */
@Entity
@Table(name = "funding_contract")
public class FundingContract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The funder's file reference (Aktenzeichen). */
    @Column(nullable = false, unique = true, length = 60)
    private String reference;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 200)
    private String funder;

    @Column(name = "first_year", nullable = false)
    private int firstYear;

    @Column(name = "last_year", nullable = false)
    private int lastYear;

    @Column(name = "annual_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal annualAmount;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(length = 2000)
    private String note;

    @Version
    private int version;

    protected FundingContract() {
    }

    public FundingContract(String reference, String title, String funder, int firstYear, int lastYear,
            BigDecimal annualAmount) {
        this.reference = reference;
        this.title = title;
        this.funder = funder;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.annualAmount = annualAmount;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFunder() {
        return funder;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    public int getFirstYear() {
        return firstYear;
    }

    public void setFirstYear(int firstYear) {
        this.firstYear = firstYear;
    }

    public int getLastYear() {
        return lastYear;
    }

    public void setLastYear(int lastYear) {
        this.lastYear = lastYear;
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public BigDecimal getAnnualAmount() {
        return annualAmount;
    }

    public void setAnnualAmount(BigDecimal annualAmount) {
        this.annualAmount = annualAmount;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
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
