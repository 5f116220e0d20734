package dev.zhanggui.customer;

import java.util.Optional;

/** Which customers a staff list shows: by phone (exact or prefix) and by tag. */
public record CustomerFilter(Optional<String> phonePrefix, Optional<Tag> tag) {
    public static final CustomerFilter ALL = new CustomerFilter(Optional.empty(), Optional.empty());

    public CustomerFilter {
        phonePrefix = phonePrefix == null ? Optional.empty()
                : phonePrefix.map(p -> p.replaceAll("[\\s-]", "")).filter(p -> !p.isEmpty());
        tag = tag == null ? Optional.empty() : tag;
    }
}
