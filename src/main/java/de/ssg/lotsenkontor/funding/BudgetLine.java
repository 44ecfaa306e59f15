package de.ssg.lotsenkontor.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Planned amount (Finanzplan-Ansatz) of one contract, year and cost category. A revision of the
 * plan adds a line with a higher {@code revision}; the highest revision is the one in force.
 */
@Entity
@Table(name = "budget_line")
public class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private FundingContract contract;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private CostCategory category;

    @Column(nullable = false)
    private int revision;

    @Column(name = "planned_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal plannedAmount;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(length = 1000)
    private String note;

    @Column(length = 500)
    private String reason;

    @Version
    private int version;

    protected BudgetLine() {
    }

    public BudgetLine(FundingContract contract, int year, CostCategory category, int revision,
            BigDecimal plannedAmount, LocalDate validFrom) {
        this.contract = contract;
        this.year = year;
        this.category = category;
        this.revision = revision;
        this.plannedAmount = plannedAmount;
        this.validFrom = validFrom;
    }

    public Long getId() {
        return id;
    }

    public FundingContract getContract() {
        return contract;
    }

    public int getYear() {
        return year;
    }

    public CostCategory getCategory() {
        return category;
    }

    public int getRevision() {
        return revision;
    }

    public BigDecimal getPlannedAmount() {
        return plannedAmount;
    }

    public void setPlannedAmount(BigDecimal plannedAmount) {
        this.plannedAmount = plannedAmount;
    }

    public LocalDate getValidFrom() {
        return validFrom;
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

    /** Why the funder granted this revision; null for the original plan. */
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
