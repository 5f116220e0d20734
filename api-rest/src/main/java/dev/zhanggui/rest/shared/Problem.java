package dev.zhanggui.rest.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.zhanggui.rest.pricing.QuoteView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An error answer in RFC 9457 {@code application/problem+json} form, with our stable
 * {@code code}, the fields at fault, for a stale {@code If-Match} the current version, and for a
 * checkout whose prices changed the new quote.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details with a stable error code")
public record Problem(
        @Schema(description = "A URI naming the kind of problem") String type,
        @Schema(description = "A short summary of the kind of problem") String title,
        @Schema(description = "The HTTP status") int status,
        @Schema(description = "What went wrong in this case") String detail,
        @Schema(description = "The stable error code, e.g. CUSTOMER_PHONE_TAKEN") String code,
        @Schema(description = "The fields at fault") List<FieldProblem> errors,
        @Schema(description = "The current version, when an If-Match was stale") Long currentVersion,
        @Schema(description = "For PRICE_CHANGED: the new quote, to show and accept (acceptPriceChanges or its payable "
                + "as expectedPayable)", nullable = true) QuoteView quote) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The same problem answered with another HTTP status, which {@code status} must repeat (RFC 9457). */
    public Problem withStatus(int httpStatus) {
        return new Problem(type, title, httpStatus, detail, code, errors, currentVersion, quote);
    }

    /** One invalid field of the request. */
    public record FieldProblem(String field, String code, String message) {
    }
}
