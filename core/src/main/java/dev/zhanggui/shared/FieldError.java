package dev.zhanggui.shared;

/** One invalid field of a request: which field, which code, and a message a developer can act on. */
public record FieldError(String field, ErrorCode code, String message) {
    public FieldError {
        if (code == null) {
            throw new IllegalArgumentException("code is required");
        }
        message = message == null ? code.defaultMessage() : message;
    }
}
