package dev.zhanggui.sdk;

import java.util.Collections;
import java.util.List;

/**
 * A call the server refused: its {@code application/problem+json} answer (RFC 9457) with the stable
 * {@code code} to program against (e.g. {@code PRODUCT_NOT_FOUND}, {@code VERSION_MISMATCH}).
 */
public class ZhangguiProblem extends RuntimeException {
    private final int status;
    private final String code;
    private final String title;
    private final String detail;
    private final String type;
    private final List<FieldError> errors;
    private final String body;

    public ZhangguiProblem(int status, String code, String title, String detail, String type,
                           List<FieldError> errors, String body) {
        super(status + " " + code + ": " + (detail != null ? detail : title));
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.type = type;
        this.errors = errors == null ? List.of() : Collections.unmodifiableList(errors);
        this.body = body;
    }

    public int status() { return status; }

    /** The stable error code of the catalogue (docs/reference/error-codes.md). */
    public String code() { return code; }

    public String title() { return title; }

    public String detail() { return detail; }

    public String type() { return type; }

    /** Field errors of a validation failure (empty otherwise). */
    public List<FieldError> errors() { return errors; }

    /** The answer as received, for logging. */
    public String body() { return body; }

    /** One invalid field: its name, its code and a message. */
    public static final class FieldError {
        private final String field;
        private final String code;
        private final String message;

        public FieldError(String field, String code, String message) {
            this.field = field;
            this.code = code;
            this.message = message;
        }

        public String field() { return field; }

        public String code() { return code; }

        public String message() { return message; }

        @Override
        public String toString() { return field + ": " + code; }
    }
}
