package de.ssg.lotsenkontor.common;

/**
 * One broken rule: the field (its text key, e.g. {@code municipality.field.email}) and the
 * reason (text key with arguments). {@link #message()} reads "E-Mail: ist keine gültige Adresse".
 */
public record Violation(String fieldKey, String reasonKey, Object... args) {

    public String field() {
        return I18n.text(fieldKey);
    }

    public String reason() {
        return I18n.text(reasonKey, args);
    }

    public String message() {
        return I18n.text("common.validation.fieldMessage", field(), reason());
    }
}
