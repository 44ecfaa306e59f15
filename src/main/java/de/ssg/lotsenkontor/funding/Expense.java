package de.ssg.lotsenkontor.funding;

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
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One paid receipt charged to a funding contract. The receipt number is unique per contract and
 * fiscal year; the eligible amount (zuwendungsfähig) never exceeds the gross amount.
 */
@Entity
@Table(name = "expense", uniqueConstraints = @UniqueConstraint(name = "uq_expense_receipt",
        columnNames = {"contract_id", "fiscal_year", "receipt_no"}))
public class Expense {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private FundingContract contract;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(name = "receipt_no", nullable = false, length = 40)
    private String receiptNo;

    @Column(name = "payment_date", nullable = false)
    private LocalDate paymentDate;

    @Column(nullable = false, length = 200)
    private String payee;

    @Column(nullable = false, length = 400)
    private String purpose;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private CostCategory category;

    @Column(name = "gross_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal grossAmount;

    @Column(name = "eligible_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal eligibleAmount;

    @Column(length = 2000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExpenseSource source = ExpenseSource.MANUELL;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "coach_id")
    private Long coachId;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "receipt_location", length = 200)
    private String receiptLocation;

    @Column(name = "source_file", length = 500)
    private String sourceFile;

    @Column(name = "source_line")
    private Integer sourceLine;

    @Column(name = "imported_on")
    private java.time.LocalDateTime importedOn;

    @Column(name = "import_batch_id", length = 60)
    private String importBatchId;

    @Version
    private int version;

    protected Expense() {
    }

    public Expense(FundingContract contract, int fiscalYear, String receiptNo, LocalDate paymentDate, String payee,
            String purpose, CostCategory category, BigDecimal grossAmount, BigDecimal eligibleAmount) {
        this.contract = contract;
        this.fiscalYear = fiscalYear;
        this.receiptNo = receiptNo;
        this.paymentDate = paymentDate;
        this.payee = payee;
        this.purpose = purpose;
        this.category = category;
        this.grossAmount = grossAmount;
        this.eligibleAmount = eligibleAmount;
    }

    public Long getId() {
        return id;
    }

    public FundingContract getContract() {
        return contract;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public String getReceiptNo() {
        return receiptNo;
    }

    public void setReceiptNo(String receiptNo) {
        this.receiptNo = receiptNo;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(LocalDate paymentDate) {
        this.paymentDate = paymentDate;
    }

    public String getPayee() {
        return payee;
    }

    public void setPayee(String payee) {
        this.payee = payee;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public CostCategory getCategory() {
        return category;
    }

    public void setCategory(CostCategory category) {
        this.category = category;
    }

    public BigDecimal getGrossAmount() {
        return grossAmount;
    }

    public void setGrossAmount(BigDecimal grossAmount) {
        this.grossAmount = grossAmount;
    }

    public BigDecimal getEligibleAmount() {
        return eligibleAmount;
    }

    public void setEligibleAmount(BigDecimal eligibleAmount) {
        this.eligibleAmount = eligibleAmount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ExpenseSource getSource() {
        return source;
    }

    public void setSource(ExpenseSource source) {
        this.source = source;
    }

    public int getVersion() {
        return version;
    }

    public LocalDate getCancelledOn() {
        return cancelledOn;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public boolean isCancelled() {
        return cancelledOn != null;
    }

    /** Cancels (storniert) the expense: it stays, but counts no more. */
    public void cancel(LocalDate on, String reason) {
        this.cancelledOn = on;
        this.cancelReason = reason;
    }

    public Long getCoachId() {
        return coachId;
    }

    public void setCoachId(Long coachId) {
        this.coachId = coachId;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public String getReceiptLocation() {
        return receiptLocation;
    }

    public void setReceiptLocation(String receiptLocation) {
        this.receiptLocation = receiptLocation;
    }

    public String getSourceFile() {
        return sourceFile;
    }

    public Integer getSourceLine() {
        return sourceLine;
    }

    public java.time.LocalDateTime getImportedOn() {
        return importedOn;
    }

    public String getImportBatchId() {
        return importBatchId;
    }

    /** Where an imported expense came from: file, line, when and in which batch. */
    public void setImportTrace(String file, Integer line, java.time.LocalDateTime on, String batchId) {
        this.sourceFile = file;
        this.sourceLine = line;
        this.importedOn = on;
        this.importBatchId = batchId;
    }
}
