package dev.zhanggui.rest.order;

import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.rest.order.FulfilmentViews.BatchShipmentResult;
import dev.zhanggui.rest.order.FulfilmentViews.BatchShipmentView;
import dev.zhanggui.rest.order.OrderInputs.BatchOrder;
import dev.zhanggui.rest.order.OrderInputs.BatchShipmentInput;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Batch shipping (批量发货): one carrier, a tracking number per order; each order is shipped in full
 * in one package on its own, so one refusal does not stop the others. The answer is 200 with an
 * outcome per order, the refusals carrying their stable code.
 */
@Path("/api/v1/order-shipments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Orders", description = "Cart, checkout, the order lifecycle, shipping and in-store verification")
@SecurityRequirement(name = "bearer")
public class BatchShipmentResource {
    static final int MAX_ORDERS = 100;

    @Inject
    FulfilmentService fulfilment;
    @Inject
    OrderAnswers answers;
    @Inject
    Provider<Actor> actor;

    @POST
    @Idempotent
    @Operation(operationId = "shipOrders", summary = "Ship many orders at once, each in full in one package; answers "
            + "each order's outcome")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BatchShipmentView.class)))
    public Response ship(BatchShipmentInput body) {
        if (body == null || body.orders() == null || body.orders().isEmpty() || body.orders().size() > MAX_ORDERS
                || body.orders().contains(null)) {
            throw DomainException.invalidField("orders", ErrorCode.ORDER_SHIPMENT_INVALID,
                    "A batch ships 1 to " + MAX_ORDERS + " orders");
        }
        // A malformed id is an unknown order: refused on its own, the others still ship.
        List<OrderId> ids = new ArrayList<>();
        List<String> tracking = new ArrayList<>();
        for (BatchOrder o : body.orders()) {
            OrderId id = parsed(o.orderId());
            if (id != null) {
                ids.add(id);
                tracking.add(o.trackingNumber());
            }
        }
        var shipping = fulfilment.shipAll(actor.get(), ids, body.carrier(), tracking);
        // the shipped orders' refunds in one read, not one per order
        var shipped = shipping.stream().flatMap(r -> r.shipped().stream()).toList();
        var views = new java.util.HashMap<OrderId, OrderViews.OrderView>();
        var answered = answers.views(shipped);
        for (int i = 0; i < shipped.size(); i++) {
            views.put(shipped.get(i).id(), answered.get(i));
        }
        Iterator<BatchShipmentResult> outcomes = shipping.stream()
                .map(r -> BatchShipmentResult.of(r, o -> views.get(o.id()))).toList().iterator();
        List<BatchShipmentResult> results = new ArrayList<>();
        for (BatchOrder o : body.orders()) {
            results.add(parsed(o.orderId()) == null ? BatchShipmentResult.refused(o.orderId(),
                    new DomainException(ErrorCode.ORDER_NOT_FOUND, "No order " + o.orderId())) : outcomes.next());
        }
        return Response.ok(BatchShipmentView.of(results)).build();
    }

    private static OrderId parsed(String id) {
        try {
            return OrderId.parse(id);
        } catch (DomainException e) {
            return null;
        }
    }
}
