package dev.zhanggui.customer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What staff give to create a customer in advance. */
public record NewCustomer(String phone, String name, String email, List<String> tags) {
    public NewCustomer {
        // Not List.copyOf: it throws on a null element, which must reach Tag and be refused as an invalid tag.
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
    }
}
