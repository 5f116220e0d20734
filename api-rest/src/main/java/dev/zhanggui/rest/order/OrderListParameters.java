package dev.zhanggui.rest.order;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the back office's order list, as query parameters. */
public class OrderListParameters {
    @QueryParam("status")
    @Parameter(description = "DRAFT, PENDING_PAYMENT, PENDING_REVIEW, TO_SHIP, SHIPPED, COMPLETED, CLOSED, VOIDED or CANCELLING")
    String status;
    @QueryParam("from")
    @Parameter(description = "Placed from (inclusive): an ISO 8601 instant, or a date in the merchant's zone (its start)")
    String from;
    @QueryParam("until")
    @Parameter(description = "Placed before: an ISO 8601 instant (exclusive), or a date in the merchant's zone "
            + "(that whole day included)")
    String until;
    @QueryParam("customerId")
    @Parameter(description = "The customer's id")
    String customerId;
    @QueryParam("phone")
    @Parameter(description = "The customer's mobile number (a number no customer has matches nothing)")
    String phone;
    @QueryParam("source")
    @Parameter(description = "MOBILE_MALL, MANUAL, SALESPERSON, SCAN_AND_GO or POS")
    String source;
    @QueryParam("salesperson")
    @Parameter(description = "The salesperson recorded on the order")
    String salesperson;
    @QueryParam("tender")
    @Parameter(description = "Orders paid (in part) or to be paid by: BALANCE, POINTS, ONLINE, COD, OFFLINE_TRANSFER, "
            + "CREDIT or CASH")
    String tender;

    OrderListQuery.Parameters toParameters() {
        return new OrderListQuery.Parameters(status, from, until, customerId, phone, source, salesperson, tender);
    }
}
