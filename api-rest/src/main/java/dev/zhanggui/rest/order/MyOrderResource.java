package dev.zhanggui.rest.order;

import dev.zhanggui.order.CartService;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.order.OrderOnlinePayment;
import dev.zhanggui.order.OrderPaymentService;
import dev.zhanggui.order.OrderService;
import dev.zhanggui.order.Verification;
import dev.zhanggui.payment.StartedPayment;
import dev.zhanggui.rest.order.OrderInputs.AddressInput;
import dev.zhanggui.rest.order.OrderInputs.CheckoutInput;
import dev.zhanggui.rest.order.OrderInputs.ReasonInput;
import dev.zhanggui.rest.order.OrderInputs.TransferReportInput;
import dev.zhanggui.rest.order.OrderViews.EventView;
import dev.zhanggui.rest.order.OrderViews.OnlinePaymentView;
import dev.zhanggui.rest.order.OrderViews.OrderView;
import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The calling customer's orders (我的订单): checkout from the cart or given lines, the list, one
 * order and its messages, paying online or reporting a transfer, cancelling, asking to cancel a
 * paid order, confirming receipt, correcting the address, reordering, and the pickup QR code.
 * Another customer's order is simply not found.
 */
@Path("/api/v1/me/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "Orders", description = "Cart, checkout, the order lifecycle, shipping and in-store verification")
@SecurityRequirement(name = "bearer")
public class MyOrderResource {
    @Inject
    CheckoutService checkout;
    @Inject
    OrderService orders;
    @Inject
    OrderPaymentService payments;
    @Inject
    OrderOnlinePayment onlinePayment;
    @Inject
    FulfilmentService fulfilment;
    @Inject
    CartService carts;
    @Inject
    OrderAnswers answers;
    @Inject
    Provider<Actor> actor;

    @POST
    @Idempotent
    @Operation(operationId = "checkout", summary = "Place an order from the cart (no lines) or the given lines; "
            + "409 PRICE_CHANGED carries the new quote")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Response checkout(CheckoutInput body) {
        CheckoutInput input = body != null ? body : new CheckoutInput(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
        Order order = checkout.checkout(actor.get(), input.toRequest());
        return Response.created(URI.create("/api/v1/me/orders/" + order.id())).entity(answers.view(order))
                .tag(String.valueOf(order.version())).build();
    }

    @GET
    @Operation(operationId = "listMyOrders", summary = "The calling customer's orders, newest first")
    public ListResponse<OrderView> list(
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                    schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        var page = orders.myOrders(actor.get(), PageParameters.pageRequest(limit, after));
        return new ListResponse<>(answers.views(page.items()), page.next().orElse(null));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyOrder", summary = "One of the calling customer's orders, with an ETag")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Response get(@PathParam("id") String id) {
        return withETag(orders.order(actor.get(), OrderId.parse(id)));
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "listMyOrderEvents", summary = "The order messages (订单消息), oldest first")
    public ListResponse<EventView> events(@PathParam("id") String id) {
        return new ListResponse<>(orders.events(actor.get(), OrderId.parse(id)).stream().map(EventView::of).toList(),
                null);
    }

    @POST
    @Path("/{id}/payments")
    @Idempotent
    @Operation(operationId = "payMyOrderOnline", summary = "Start the online payment of the amount due online; "
            + "answers the payment and the gateway intent to pay")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = OnlinePaymentView.class)))
    public Response pay(@PathParam("id") String id) {
        StartedPayment started = onlinePayment.start(actor.get(), OrderId.parse(id));
        return Response.created(URI.create("/api/v1/me/payments/" + started.payment().id()))
                .entity(OnlinePaymentView.of(id, started)).build();
    }

    @POST
    @Path("/{id}/transfer-report")
    @Idempotent
    @Operation(operationId = "reportMyOrderTransfer", summary = "Report the offline transfer made (线下转账): date and "
            + "account; staff confirm it arrived")
    public Response reportTransfer(@PathParam("id") String id, TransferReportInput body) {
        if (body == null) {
            throw DomainException.invalidField("transferDate", ErrorCode.ORDER_INVALID, "The transfer date and account are required");
        }
        return withETag(payments.reportTransfer(actor.get(), OrderId.parse(id), date(body.transferDate()),
                body.account()));
    }

    @POST
    @Path("/{id}/cancel")
    @Idempotent
    @Operation(operationId = "cancelMyOrder", summary = "Cancel an order no money came in for (unpaid, or COD not "
            + "shipped); stock, coupon, points and balance go back")
    public Response cancel(@PathParam("id") String id) {
        return withETag(orders.cancel(actor.get(), OrderId.parse(id)));
    }

    @POST
    @Path("/{id}/cancellation-request")
    @Idempotent
    @Operation(operationId = "requestMyOrderCancellation", summary = "Ask to cancel a paid order not shipped yet (取消中); "
            + "after-sales refunds it")
    public Response requestCancellation(@PathParam("id") String id, ReasonInput body) {
        return withETag(orders.requestCancellation(actor.get(), OrderId.parse(id), body == null ? null : body.reason()));
    }

    @POST
    @Path("/{id}/receipt")
    @Idempotent
    @Operation(operationId = "confirmMyOrderReceipt", summary = "Confirm receipt of a shipped order (确认收货)")
    public Response confirmReceipt(@PathParam("id") String id) {
        return withETag(fulfilment.confirmReceipt(actor.get(), OrderId.parse(id)));
    }

    @PUT
    @Path("/{id}/address")
    @Idempotent
    @Operation(operationId = "changeMyOrderAddress", summary = "Correct the shipping address while the order is not "
            + "shipped; If-Match guards against lost updates")
    public Response changeAddress(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  AddressInput body) {
        OrderFields fields = new OrderFields();
        var address = fields.address("address", body);
        fields.require(body != null, "address", ErrorCode.ORDER_INVALID, "An address is required");
        fields.check();
        return withETag(fulfilment.changeAddress(actor.get(), OrderId.parse(id), address.orElseThrow(),
                ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/reorder")
    @Idempotent
    @Operation(operationId = "reorderMyOrder", summary = "再次订购: add the order's lines to the cart; answers the cart")
    public Response reorder(@PathParam("id") String id) {
        return MyCartResource.answer(carts.reorder(actor.get(), OrderId.parse(id)));
    }

    @GET
    @Path("/{id}/verification-code.png")
    @Produces(VerificationQrCode.PNG)
    @Operation(operationId = "getMyOrderVerificationCode", summary = "The in-store verification code (核销码) as a QR "
            + "code PNG; 404 ORDER_NOT_FOUND when the order has none")
    @APIResponse(responseCode = "200", content = @Content(mediaType = VerificationQrCode.PNG,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response verificationCode(@PathParam("id") String id) {
        Order order = orders.order(actor.get(), OrderId.parse(id));
        String code = order.verification().map(Verification::code).orElseThrow(() -> new DomainException(
                ErrorCode.ORDER_NOT_FOUND, "Order " + order.number() + " has no verification code"));
        return Response.ok(VerificationQrCode.png(code), VerificationQrCode.PNG)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    private Response withETag(Order order) {
        return answers.withETag(order);
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField("transferDate", ErrorCode.ORDER_INVALID,
                    "transferDate is a date like 2026-06-08");
        }
    }
}
