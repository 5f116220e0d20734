package dev.zhanggui.rest.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps every failure to problem+json: domain refusals by their code, unreadable bodies and bean
 * validation to 400, and anything unexpected to a 500 that names no class, stack or SQL.
 */
public class ExceptionMappers {
    @Inject
    ProblemRenderer problems;

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        return problems.response(e);
    }

    @ServerExceptionMapper({JsonProcessingException.class})
    public Response unreadable(JsonProcessingException e) {
        return problems.response(malformed(e));
    }

    /** Named separately: Quarkus has a built-in mapper for these that answers with an empty body. */
    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class})
    public Response mismatched(MismatchedInputException e) {
        return problems.response(malformed(e));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> fields = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v.getPropertyPath().toString()), ErrorCode.VALIDATION_FAILED,
                        v.getMessage()))
                .toList();
        String detail = fields.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return problems.response(new DomainException(ErrorCode.VALIDATION_FAILED, detail, fields));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(problems.response(ErrorCode.UNAUTHENTICATED, "A valid bearer token is required"))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problems.response(ErrorCode.FORBIDDEN, "Your role may not call this operation");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return problems.response(malformed(json));
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.error("request failed", e);
            return problems.response(ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.defaultMessage());
        }
        ErrorCode code = switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> ErrorCode.MALFORMED_REQUEST;
        };
        String detail = switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed here";
            case 406 -> "This representation is not available; ask for application/json";
            case 415 -> "Send the body as application/json";
            default -> code.defaultMessage();
        };
        return problems.response(code, detail, status);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Log.error("request failed unexpectedly", e);
        return problems.response(ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.defaultMessage());
    }

    private static DomainException malformed(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return DomainException.invalidField(unknown.getPropertyName(), ErrorCode.MALFORMED_REQUEST,
                    "Unknown field '" + unknown.getPropertyName() + "'");
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            String field = path((JsonMappingException) e);
            return DomainException.invalidField(field, ErrorCode.MALFORMED_REQUEST,
                    field.isEmpty() ? "The body does not have the expected shape"
                            : "Field '" + field + "' has the wrong type");
        }
        return new DomainException(ErrorCode.MALFORMED_REQUEST, "The body is not valid JSON");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** "create.arg1.phone" (method, parameter, property) becomes "phone". */
    private static String field(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length))
                : parts.length == 2 ? "body" : propertyPath;
    }
}
