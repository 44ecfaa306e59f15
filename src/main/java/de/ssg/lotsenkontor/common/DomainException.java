package de.ssg.lotsenkontor.common;

/**
 * A rule of the programme was broken, or input cannot be used. Carries a text key so the
 * message reaches the user in their language; {@link #getMessage()} gives the resolved text.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public DomainException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public DomainException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    @Override
    public String getMessage() {
        return I18n.text(key, args);
    }
}
