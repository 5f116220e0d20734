package dev.zhanggui.rest.order;

import dev.zhanggui.order.OrderSettings;
import dev.zhanggui.order.OrderSettingsFields;
import dev.zhanggui.order.OrderSettingsService;
import dev.zhanggui.order.PaymentTerms;
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


/**
 * The merchant's order settings (订单设置): number prefix, payment timeout, receipt period, review
 * before shipping, the points rate, payment terms (付款规则) of the merchant and of single customers,
 * and the holidays delivery dates skip. Staff read them; admins change them.
 */
@Path("/api/v1/order-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Order settings", description = "Order numbers, timers, review, points rate, payment terms, holidays")
@SecurityRequirement(name = "bearer")
public class OrderSettingsResource {
    @Inject
    OrderSettingsService settings;
    @Inject
    Provider<Actor> actor;

    @Schema(name = "PaymentTerms")
    public record TermsView(@Schema(description = "A customer's first order may be cash on delivery") Boolean firstOrderMayPayOnDelivery,
                            @Schema(description = "Returning customers may pay on delivery") Boolean returningMayPayOnDelivery,
                            @Schema(description = "An unsettled COD order blocks the next order (ORDER_UNSETTLED_COD)") Boolean unsettledCodBlocksNext) {
        static TermsView of(PaymentTerms t) {
            return new TermsView(t.firstOrderMayPayOnDelivery(), t.returningMayPayOnDelivery(), t.unsettledCodBlocksNext());
        }

        PaymentTerms terms() {
            return OrderSettingsFields.terms(firstOrderMayPayOnDelivery, returningMayPayOnDelivery,
                    unsettledCodBlocksNext);
        }
    }

    @Schema(name = "OrderSettings")
    public record SettingsView(@Schema(example = "Asia/Shanghai", readOnly = true) String timeZone,
                               @Schema(example = "21065") String numberPrefix,
                               @Schema(description = "Minutes an order may stay unpaid before it closes (1 to 43200)")
                               Long paymentTimeoutMinutes,
                               @Schema(description = "Days after shipping until receipt confirms itself (1 to 90)")
                               Long receiptPeriodDays,
                               @Schema(description = "Orders wait for the merchant's review before shipping (待审核)")
                               Boolean reviewRequired,
                               @Schema(description = "Points worth pointsUnitWorth as a tender", example = "100")
                               Long pointsPerUnit,
                               @Schema(format = "number", example = "1.00") String pointsUnitWorth,
                               @Schema(description = "The largest share of an order's total that points may pay, "
                                       + "0 to 100 (100: 积分全额抵扣)", example = "100")
                               Integer pointsMaxSharePercent,
                               TermsView paymentTerms,
                               @Schema(readOnly = true, description = "0 until the merchant saves settings; also the ETag")
                               Long version) {
        static SettingsView of(OrderSettingsService.StoredOrderSettings stored) {
            OrderSettings.MerchantOrderSettings s = stored.settings();
            return new SettingsView(s.zone().getId(), s.numberPrefix(), s.timers().paymentTimeout().toMinutes(),
                    s.timers().receiptPeriod().toDays(), s.timers().reviewRequired(), s.pointsRate().points(),
                    s.pointsRate().worth().amount().toPlainString(), s.pointsMaxSharePercent(), TermsView.of(s.terms()),
                    stored.version());
        }
    }

    @Schema(name = "CustomerPaymentTerms")
    public record CustomerTermsView(TermsView terms,
                                    @Schema(description = "Whether these are the customer's own terms or the merchant's")
                                    boolean own) {
        static CustomerTermsView of(OrderSettingsService.CustomerTerms t) {
            return new CustomerTermsView(TermsView.of(t.terms()), t.own());
        }
    }

    @GET
    @Operation(operationId = "getOrderSettings", summary = "The merchant's order settings; the ETag is their version")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SettingsView.class)))
    public Response get() {
        return withETag(settings.stored(actor.get()));
    }

    @PUT
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "updateOrderSettings", summary = "Change order settings; parts left out keep their value; "
            + "If-Match the ETag to change them at the version read; 400 ORDER_SETTINGS_INVALID, 412 VERSION_MISMATCH, "
            + "409 VERSION_CONFLICT when another change was saved meanwhile")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SettingsView.class)))
    public Response update(SettingsView body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (body == null) {
            throw DomainException.invalidField("numberPrefix", ErrorCode.VALIDATION_FAILED, "Give the settings to change");
        }
        if (body.timeZone() != null && !body.timeZone().equals(settings.settings(actor.get()).zone().getId())) {
            throw DomainException.invalidField("timeZone", ErrorCode.ORDER_SETTINGS_INVALID,
                    "The time zone is the merchant's own and not changed here");
        }
        TermsView t = body.paymentTerms() == null ? new TermsView(null, null, null) : body.paymentTerms();
        return withETag(settings.change(actor.get(), OrderSettingsFields.change(body.numberPrefix(),
                body.paymentTimeoutMinutes(), body.receiptPeriodDays(), body.reviewRequired(), body.pointsPerUnit(),
                body.pointsUnitWorth(), t.firstOrderMayPayOnDelivery(), t.returningMayPayOnDelivery(),
                t.unsettledCodBlocksNext(), body.pointsMaxSharePercent()), ETags.expectedVersion(ifMatch)));
    }

    private static Response withETag(OrderSettingsService.StoredOrderSettings stored) {
        return Response.ok(SettingsView.of(stored)).tag(String.valueOf(stored.version())).build();
    }
}
