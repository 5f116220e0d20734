package dev.zhanggui.customer;

import java.util.Optional;

/** How staff reach a customer, as order lists and exports show them: the phone (the account) and the name if given. */
public record CustomerContact(CustomerId id, PhoneNumber phone, Optional<String> name) {
    public static CustomerContact of(Customer customer) {
        return new CustomerContact(customer.id(), customer.phone(), customer.profile().name());
    }
}
