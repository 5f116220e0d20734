package dev.zhanggui.rest.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.order.PriceChangedException;
import dev.zhanggui.rest.pricing.QuoteView;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.VersionCheck;
import dev.zhanggui.shared.idempotency.StoredResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one place where error codes become HTTP answers. */
@ApplicationScoped
public class ProblemRenderer {
    @Inject
    ObjectMapper json;

    public static int status(ErrorCode code) {
        return switch (code.kind()) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case PRECONDITION_FAILED -> 412;
            case TOO_LARGE -> 413;
            case UNPROCESSABLE -> 422;
            case INTERNAL -> 500;
        };
    }

    public Problem problem(DomainException e) {
        ErrorCode code = e.code();
        List<Problem.FieldProblem> fields = e.fieldErrors().isEmpty() ? null : e.fieldErrors().stream()
                .map(f -> new Problem.FieldProblem(f.field(), f.code().name(), f.message())).toList();
        Long current = e instanceof VersionCheck.VersionMismatchException stale ? stale.current() : null;
        QuoteView quote = e instanceof PriceChangedException changed ? QuoteView.of(changed.quote()) : null;
        return new Problem("https://zhanggui.dev/problems/" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                code.defaultMessage(), status(code), e.getMessage(), code.name(), fields, current, quote);
    }

    public Problem problem(ErrorCode code, String detail) {
        return problem(new DomainException(code, detail));
    }

    public Response response(DomainException e) {
        return toResponse(stored(e));
    }

    public Response response(ErrorCode code, String detail) {
        return response(new DomainException(code, detail));
    }

    /** For HTTP-level refusals (405, 406, 415): their code with the real status. */
    public Response response(ErrorCode code, String detail, int httpStatus) {
        return toResponse(stored(problem(code, detail).withStatus(httpStatus)));
    }

    /** The answer as kept for idempotent replays. */
    public StoredResponse stored(DomainException e) {
        return stored(problem(e));
    }

    private StoredResponse stored(Problem problem) {
        Map<String, String> headers = problem.currentVersion() == null ? Map.of()
                : Map.of(HttpHeaders.ETAG, ETags.of(problem.currentVersion()));
        try {
            return new StoredResponse(problem.status(), Problem.MEDIA_TYPE, headers, json.writeValueAsString(problem));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static Response toResponse(StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(stored.status());
        if (stored.body() != null && !stored.body().isEmpty()) {
            builder.entity(stored.body()).type(stored.contentType());
        }
        stored.headers().forEach(builder::header);
        return builder.build();
    }
}
