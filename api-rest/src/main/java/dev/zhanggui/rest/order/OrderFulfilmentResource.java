package dev.zhanggui.rest.order;

import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.FulfilmentService.PackageRequest;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.order.ShipmentLine;
import dev.zhanggui.rest.order.OrderInputs.AddressInput;
import dev.zhanggui.rest.order.OrderInputs.ShipmentInput;
import dev.zhanggui.rest.order.OrderInputs.ShipmentLineInput;
import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * Getting an order to the customer, for staff: review (审核), address correction, shipping one
 * package at a time (多包裹发货), and confirming receipt for a customer who does not (代确认收货).
 */
@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Orders", description = "Cart, checkout, the order lifecycle, shipping and in-store verification")
@SecurityRequirement(name = "bearer")
public class OrderFulfilmentResource {
    @Inject
    FulfilmentService fulfilment;
    @Inject
    OrderAnswers answers;
    @Inject
    Provider<Actor> actor;

    @POST
    @Path("/{id}/review")
    @Idempotent
    @Operation(operationId = "approveOrder", summary = "Approve a reviewed order for shipping (审核通过)")
    public Response approve(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answers.withETag(fulfilment.approve(actor.get(), OrderId.parse(id),
                ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/shipments")
    @Idempotent
    @Operation(operationId = "shipOrderPackage", summary = "Ship one package (carrier, tracking number, lines and "
            + "quantities); the order is SHIPPED when every unit is")
    public Response ship(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         ShipmentInput body) {
        OrderFields fields = new OrderFields();
        fields.require(body != null && body.lines() != null && !body.lines().isEmpty(), "lines",
                ErrorCode.ORDER_SHIPMENT_INVALID, "A package has at least one line");
        List<ShipmentLine> lines = new ArrayList<>();
        List<ShipmentLineInput> given = body == null || body.lines() == null ? List.of() : body.lines();
        for (int i = 0; i < given.size(); i++) {
            ShipmentLineInput line = given.get(i);
            boolean valid = line != null && line.line() != null && line.quantity() != null && line.quantity() > 0;
            fields.require(valid, "lines[" + i + "]", ErrorCode.ORDER_SHIPMENT_INVALID,
                    "A package line names the order line and a quantity of 1 or more");
            if (valid) {
                lines.add(new ShipmentLine(line.line(), line.quantity()));
            }
        }
        fields.check();
        return answers.withETag(fulfilment.ship(actor.get(), OrderId.parse(id),
                new PackageRequest(body.carrier(), body.trackingNumber(), lines), ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/receipt")
    @Idempotent
    @Operation(operationId = "confirmOrderReceipt", summary = "Confirm receipt for the customer (代确认收货)")
    public Response confirmReceipt(@PathParam("id") String id) {
        return answers.withETag(fulfilment.confirmReceipt(actor.get(), OrderId.parse(id)));
    }

    @PUT
    @Path("/{id}/address")
    @Idempotent
    @Operation(operationId = "changeOrderAddress", summary = "Correct the shipping address while nothing is shipped; "
            + "If-Match guards against lost updates")
    public Response changeAddress(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  AddressInput body) {
        OrderFields fields = new OrderFields();
        var address = fields.address("address", body);
        fields.require(body != null, "address", ErrorCode.ORDER_INVALID, "An address is required");
        fields.check();
        return answers.withETag(fulfilment.changeAddress(actor.get(), OrderId.parse(id), address.orElseThrow(),
                ETags.expectedVersion(ifMatch)));
    }
}
