package dev.zhanggui.rest.order;

import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.order.OrderList;
import dev.zhanggui.order.OrderPaymentService;
import dev.zhanggui.order.OrderService;
import dev.zhanggui.order.OrderSettings;
import dev.zhanggui.rest.order.OrderInputs.PaymentRecordInput;
import dev.zhanggui.rest.order.OrderInputs.PriceAdjustmentInput;
import dev.zhanggui.rest.order.OrderInputs.ReasonInput;
import dev.zhanggui.rest.order.OrderInputs.StaffOrderInput;
import dev.zhanggui.rest.order.OrderViews.EventView;
import dev.zhanggui.rest.order.OrderViews.OrderPage;
import dev.zhanggui.rest.order.OrderViews.OrderView;
import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The merchant's orders for staff and integrators: the list with its query total (and its export),
 * orders taken for a customer (代客下单) and drafts submitted, payment recorded (确认收款), cash on
 * delivery settled, price changes (改价) and voiding (作废). Shipping and receipt are in
 * {@link OrderFulfilmentResource}. Another merchant's order is simply not found.
 */
@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Orders", description = "Cart, checkout, the order lifecycle, shipping and in-store verification")
@SecurityRequirement(name = "bearer")
public class StaffOrderResource {
    @Inject
    CheckoutService checkout;
    @Inject
    OrderService orders;
    @Inject
    OrderPaymentService payments;
    @Inject
    OrderSettings settings;
    @Inject
    CustomerService customers;
    @Inject
    OrderAnswers answers;
    @Inject
    Provider<Actor> actor;

    @GET
    @Produces({MediaType.APPLICATION_JSON, OrderSheetWriter.XLSX})
    @Operation(operationId = "listOrders", summary = "The merchant's orders by filter, newest first, with the total of "
            + "the whole query (queryTotal); ?format=xlsx or Accept: xlsx exports them (up to 10000 rows)")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderPage.class)),
            @Content(mediaType = OrderSheetWriter.XLSX)})
    public Response list(@BeanParam OrderListParameters filter,
                         @QueryParam("limit") @Parameter(description = "1 to 100, default 20") String limit,
                         @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after,
                         @QueryParam("format") @Parameter(description = "xlsx to export the list") String format,
                         @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Actor caller = actor.get();
        ZoneId zone = settings.of(caller.merchant()).zone();
        OrderListQuery query = OrderListQuery.read(caller, filter.toParameters(), zone, customers);
        boolean xlsx = "xlsx".equalsIgnoreCase(format)
                || (format == null && prefersSpreadsheet(accept));
        if (xlsx) {
            return export(caller, query, zone);
        }
        PageRequest page = PageParameters.pageRequest(limit, after);
        if (query.filter().isEmpty()) {
            return Response.ok(new OrderPage(java.util.List.of(), null, Money.zero().toString()))
                    .type(MediaType.APPLICATION_JSON).build();
        }
        OrderList list = orders.list(caller, query.filter().get(), page);
        return Response.ok(new OrderPage(answers.views(list.page().items()),
                list.page().next().orElse(null), list.queryTotal().toString())).type(MediaType.APPLICATION_JSON).build();
    }

    private Response export(Actor caller, OrderListQuery query, ZoneId zone) {
        // The first page is read before the answer starts, so that a refusal is still a clean 4xx.
        Optional<OrderList> first = query.filter().map(f -> orders.list(caller, f, PageRequest.first(PageRequest.MAX_LIMIT)));
        StreamingOutput body = out -> {
            try (OrderSheetWriter writer = new OrderSheetWriter(out, zone)) {
                Money total = first.map(OrderList::queryTotal).orElse(Money.zero());
                boolean more = false;
                for (OrderList page = first.orElse(null); page != null; ) {
                    List<Order> rows = page.page().items();
                    // the page's customers in one read, not one per row
                    writer.write(rows, customers.contacts(caller, rows.stream().map(Order::customer).toList()));
                    more = page.page().next().isPresent();
                    if (!more || writer.full()) {
                        break;
                    }
                    page = orders.list(caller, query.filter().get(),
                            new PageRequest(PageRequest.MAX_LIMIT, page.page().next()));
                }
                writer.total(total, more && writer.full());
            }
        };
        return Response.ok(body, OrderSheetWriter.XLSX)
                .header("Content-Disposition", "attachment; filename=\"orders.xlsx\"").build();
    }

    @POST
    @Idempotent
    @Operation(operationId = "createOrder", summary = "Take an order for a customer (代客下单): placed at once, or a "
            + "draft (待提交) to submit later; CASH is a tender too")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Response create(StaffOrderInput body) {
        if (body == null) {
            throw DomainException.invalidField("customerId", ErrorCode.ORDER_INVALID, "An order is required");
        }
        Order order = checkout.checkout(actor.get(), body.toRequest());
        return Response.created(URI.create("/api/v1/orders/" + order.id())).entity(answers.view(order))
                .tag(String.valueOf(order.version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrder", summary = "One order of the merchant, with an ETag")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Response get(@PathParam("id") String id) {
        return answers.withETag(orders.order(actor.get(), OrderId.parse(id)));
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "listOrderEvents", summary = "The order messages (订单消息), oldest first")
    public ListResponse<EventView> events(@PathParam("id") String id) {
        return new ListResponse<>(orders.events(actor.get(), OrderId.parse(id)).stream().map(EventView::of).toList(),
                null);
    }

    @POST
    @Path("/{id}/submission")
    @Idempotent
    @Operation(operationId = "submitOrderDraft", summary = "Submit a draft (提交): stock, coupon and wallet tenders are "
            + "taken now at the drafted prices; If-Match guards against lost updates")
    public Response submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answers.withETag(checkout.submitDraft(actor.get(), OrderId.parse(id),
                ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/payments")
    @Idempotent
    @Operation(operationId = "recordOrderPayment", summary = "Record that the rest was received (确认收款): a transfer "
            + "arrived, cash was taken, or paid for the customer")
    public Response recordPayment(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  PaymentRecordInput body) {
        return answers.withETag(payments.recordPayment(actor.get(), OrderId.parse(id),
                body == null ? null : body.reference(), ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/cod-settlement")
    @Idempotent
    @Operation(operationId = "settleOrderCashOnDelivery", summary = "Settle a cash-on-delivery order after delivery "
            + "(货到付款的订单要做付款)")
    public Response settleCod(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              PaymentRecordInput body) {
        return answers.withETag(payments.settleCashOnDelivery(actor.get(), OrderId.parse(id),
                body == null ? null : body.reference(), ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/price-adjustments")
    @Idempotent
    @Operation(operationId = "adjustOrderPrice", summary = "改价: add to or take off the goods and shipping of an unpaid "
            + "order, with a reason; If-Match names the version seen")
    public Response adjustPrice(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                PriceAdjustmentInput body) {
        OrderFields fields = new OrderFields();
        fields.require(body != null, "reason", ErrorCode.ORDER_PRICE_ADJUSTMENT_INVALID, "A price change is required");
        Money goods = body == null ? null : fields.money("goods", signed(body.goods())).map(m -> negate(body.goods(), m))
                .orElse(Money.zero());
        Money shipping = body == null ? null : fields.money("shipping", signed(body.shipping()))
                .map(m -> negate(body.shipping(), m)).orElse(Money.zero());
        fields.check();
        return answers.withETag(orders.adjustPrice(actor.get(), OrderId.parse(id), goods, shipping,
                body.reason(), ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/void")
    @Idempotent
    @Operation(operationId = "voidOrder", summary = "Void an order not shipped yet (作废), with a reason; what it held "
            + "goes back")
    public Response voidOrder(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              ReasonInput body) {
        return answers.withETag(orders.voidOrder(actor.get(), OrderId.parse(id),
                body == null ? null : body.reason(), ETags.expectedVersion(ifMatch)));
    }

    /** The amount without its sign: the money reader takes amounts of zero or more. */
    private static String signed(String amount) {
        return amount == null ? null : amount.strip().replaceFirst("^[+-]", "");
    }

    private static Money negate(String amount, Money magnitude) {
        return amount.strip().startsWith("-") ? magnitude.negate() : magnitude;
    }

    /**
     * Whether the Accept header asks for the spreadsheet over JSON: a client that offers both at the
     * same quality (as generated clients do) gets JSON.
     */
    static boolean prefersSpreadsheet(String accept) {
        if (accept == null) {
            return false;
        }
        double xlsx = 0;
        double json = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            double q = 1;
            for (int k = 1; k < parts.length; k++) {
                String param = parts[k].strip();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (type.equals(OrderSheetWriter.XLSX)) {
                xlsx = Math.max(xlsx, q);
            } else if (type.equals(MediaType.APPLICATION_JSON) || type.equals("application/*") || type.equals("*/*")) {
                json = Math.max(json, q);
            }
        }
        return xlsx > json;
    }
}
