package dev.zhanggui.server.customer;

import dev.zhanggui.customer.CustomerOrderHistory;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultReferrerLinkPolicy;
import dev.zhanggui.customer.InvitationService;
import dev.zhanggui.customer.InviteCodes;
import dev.zhanggui.customer.RandomInviteCodes;
import dev.zhanggui.customer.ReferrerLinkPolicy;
import dev.zhanggui.customer.Referrals;
import dev.zhanggui.order.OrderRepository;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.Transactions;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** Builds invitations (邀请码, 邀请人): the code generator, the linking policy, and what they ask of orders. */
@ApplicationScoped
public class CustomerWiring {

    @Produces
    @ApplicationScoped
    @DefaultBean
    InviteCodes inviteCodes() {
        return new RandomInviteCodes();
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    ReferrerLinkPolicy referrerLinkPolicy() {
        return new DefaultReferrerLinkPolicy();
    }

    /** Whether a customer placed an order yet, as the order repository counts them (closed and voided aside). */
    @Produces
    @ApplicationScoped
    CustomerOrderHistory customerOrderHistory(OrderRepository orders) {
        return (merchant, customer) -> orders.countPlaced(merchant, customer) > 0;
    }

    @Produces
    @ApplicationScoped
    InvitationService invitationService(CustomerRepository customers, Referrals referrals, CustomerService me,
                                        CustomerOrderHistory orders, ReferrerLinkPolicy policy,
                                        Transactions transactions, EventPublisher events, Clock clock) {
        return new InvitationService(customers, referrals, me, orders, policy, transactions, events, clock);
    }
}
