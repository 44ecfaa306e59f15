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

/** A request for funds (Mittelabruf) to the funder, and what was received for it. */
@Entity
@Table(name = "funds_request")
public class FundsRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private FundingContract contract;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(name = "request_no", nullable = false, length = 40)
    private String requestNo;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "requested_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal requestedAmount;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "received_amount", precision = 14, scale = 2)
    private BigDecimal receivedAmount;

    @Column(length = 1000)
    private String note;

    @Version
    private int version;

    protected FundsRequest() {
    }

    public FundsRequest(FundingContract contract, int year, String requestNo, LocalDate requestedOn,
            BigDecimal requestedAmount) {
        this.contract = contract;
        this.year = year;
        this.requestNo = requestNo;
        this.requestedOn = requestedOn;
        this.requestedAmount = requestedAmount;
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

    public String getRequestNo() {
        return requestNo;
    }

    public void setRequestNo(String requestNo) {
        this.requestNo = requestNo;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
        this.year = requestedOn.getYear();
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public void setRequestedAmount(BigDecimal requestedAmount) {
        this.requestedAmount = requestedAmount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public BigDecimal getReceivedAmount() {
        return receivedAmount;
    }

    /** Books the money that arrived for this request. */
    public void markReceived(LocalDate on, BigDecimal amount) {
        this.receivedOn = on;
        this.receivedAmount = amount;
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
