package de.ssg.lotsenkontor.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One field of a booked expense changed by a correction: when, why, the old and the new value. */
@Entity
@Table(name = "expense_change")
public class ExpenseChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "expense_id", nullable = false)
    private long expenseId;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(nullable = false, length = 40)
    private String field;

    @Column(name = "old_value", length = 400)
    private String oldValue;

    @Column(name = "new_value", length = 400)
    private String newValue;

    protected ExpenseChange() {
    }

    public ExpenseChange(long expenseId, LocalDateTime changedAt, String reason, String field, String oldValue,
            String newValue) {
        this.expenseId = expenseId;
        this.changedAt = changedAt;
        this.reason = reason;
        this.field = field;
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
    }

    private static String cut(String s) {
        return s == null || s.length() <= 400 ? s : s.substring(0, 399) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getExpenseId() {
        return expenseId;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getReason() {
        return reason;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
