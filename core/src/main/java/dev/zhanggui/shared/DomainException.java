package dev.zhanggui.shared;

import java.util.List;

/**
 * An expected business outcome that stops a use case: it carries a stable {@link ErrorCode},
 * a message for developers, and the fields at fault. Nothing of the use case is kept when it is
 * thrown inside a unit of work.
 */
public class DomainException extends RuntimeException {
    private final ErrorCode code;
    private final List<FieldError> fieldErrors;

    public DomainException(ErrorCode code) {
        this(code, code.defaultMessage());
    }

    public DomainException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public DomainException(ErrorCode code, String message, List<FieldError> fieldErrors) {
        super(message, null, false, false);
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** A single invalid field; the field name is the one of the API input, e.g. {@code phone}. */
    public static DomainException invalidField(String field, ErrorCode code, String message) {
        return new DomainException(code, message, List.of(new FieldError(field, code, message)));
    }

    public static DomainException invalidField(String field, ErrorCode code) {
        return invalidField(field, code, code.defaultMessage());
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
