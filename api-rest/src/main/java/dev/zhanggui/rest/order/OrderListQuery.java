package dev.zhanggui.rest.order;

import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerFilter;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.order.OrderFilter;
import dev.zhanggui.order.OrderSource;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.PageRequest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The back office's order list filter as query parameters. {@code from} and {@code until} are ISO
 * instants or dates in the merchant's zone ({@code until} a date includes that whole day);
 * {@code phone} names the customer by their mobile number. A phone no customer has, or one of
 * another customer than {@code customerId}, matches nothing.
 */
record OrderListQuery(Optional<OrderFilter> filter) {
    /** The query parameters as received. */
    record Parameters(String status, String from, String until, String customerId, String phone, String source,
                      String salesperson, String tender) {
    }

    static OrderListQuery read(Actor actor, Parameters p, ZoneId zone, CustomerService customers) {
        OrderFields fields = new OrderFields();
        Optional<OrderStatus> status = fields.optionalChoice("status", p.status(), OrderStatus.class);
        Optional<Instant> from = fields.bound("from", p.from(), zone, false);
        Optional<Instant> until = fields.bound("until", p.until(), zone, true);
        Optional<CustomerId> customer = fields.id("customerId", p.customerId(), ErrorCode.CUSTOMER_NOT_FOUND,
                CustomerId::new);
        Optional<OrderSource> source = fields.optionalChoice("source", p.source(), OrderSource.class);
        Optional<String> salesperson = fields.text("salesperson", p.salesperson(), 64);
        Optional<TenderType> tender = fields.optionalChoice("tender", p.tender(), TenderType.class);
        Optional<String> phone = fields.text("phone", p.phone(), 32);
        fields.check();
        if (phone.isPresent()) {
            Optional<CustomerId> owner = byPhone(actor, phone.get(), customers);
            if (owner.isEmpty() || (customer.isPresent() && !customer.equals(owner))) {
                return new OrderListQuery(Optional.empty());
            }
            customer = owner;
        }
        return new OrderListQuery(Optional.of(new OrderFilter(status, from, until, customer, source, salesperson,
                tender)));
    }

    private static Optional<CustomerId> byPhone(Actor actor, String phone, CustomerService customers) {
        String digits = phone.replaceAll("[\\s-]", "").replaceFirst("^\\+86", "");
        return customers.list(actor, new CustomerFilter(Optional.of(digits), Optional.empty()), PageRequest.first(20))
                .items().stream().filter(c -> c.phone().value().equals(digits)).map(Customer::id).findFirst();
    }
}
