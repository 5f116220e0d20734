package dev.zhanggui.customer;

import java.util.List;

/** What staff give to create a customer in advance. */
public record NewCustomer(String phone, String name, String email, List<String> tags) {
    public NewCustomer {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
