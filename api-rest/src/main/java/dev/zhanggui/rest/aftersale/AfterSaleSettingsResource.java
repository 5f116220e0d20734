package dev.zhanggui.rest.aftersale;

import dev.zhanggui.aftersale.AfterSaleTermsChange;
import dev.zhanggui.aftersale.AfterSaleTermsSettings;
import dev.zhanggui.aftersale.StoredAfterSaleTerms;
import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/**
 * The merchant's after-sales terms (售后设置): returned goods back to stock when received or never,
 * shipping refunded with a whole refund before shipping or not. Staff read them; admins and
 * integrations change them at the version they read (If-Match the ETag).
 */
@Path("/api/v1/after-sale-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "After-sales", description = "Refund only and return and refund: requests, review, returns, refunds")
@SecurityRequirement(name = "bearer")
public class AfterSaleSettingsResource {
    @Inject
    AfterSaleTermsSettings settings;
    @Inject
    Provider<Actor> actor;

    @Schema(name = "AfterSaleSettings")
    public record SettingsView(
            @Schema(description = "The refund that leaves no unit of an order unrefunded before anything shipped gives "
                    + "the shipping back too (default true)") Boolean refundShippingBeforeShipping,
            @Schema(description = "WHEN_RECEIVED: returned goods go back to stock when staff mark the return received "
                    + "(default); NEVER: never automatically, e.g. perishable goods") String restock,
            @Schema(readOnly = true, description = "0 until the merchant saves terms; also the ETag") Long version) {
        static SettingsView of(StoredAfterSaleTerms s) {
            return new SettingsView(s.terms().refundShippingBeforeShipping(), s.terms().restock().name(), s.version());
        }
    }

    @GET
    @Operation(operationId = "getAfterSaleSettings", summary = "The merchant's after-sales terms, the defaults until saved")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SettingsView.class)))
    public Response get() {
        return withETag(settings.terms(actor.get()));
    }

    @PUT
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "updateAfterSaleSettings", summary = "Change the after-sales terms; parts left out keep "
            + "their value; If-Match the ETag; 400 AFTERSALE_SETTINGS_INVALID, 412 VERSION_MISMATCH")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SettingsView.class)))
    public Response update(SettingsView body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (body == null) {
            throw DomainException.invalidField("restock", ErrorCode.AFTERSALE_SETTINGS_INVALID,
                    "Give the terms to change");
        }
        return withETag(settings.update(actor.get(), new AfterSaleTermsChange(
                Optional.ofNullable(body.refundShippingBeforeShipping()), AfterSaleTermsChange.restock(body.restock())),
                ETags.expectedVersion(ifMatch)));
    }

    private static Response withETag(StoredAfterSaleTerms s) {
        return Response.ok(SettingsView.of(s)).tag(String.valueOf(s.version())).build();
    }
}
