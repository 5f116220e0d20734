package dev.zhanggui.customer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What staff give to create a customer in advance; {@code inviteCode}, if given, names the
 * customer who invited this one (邀请码).
 */
public record NewCustomer(String phone, String name, String email, List<String> tags, String inviteCode) {
    public NewCustomer {
        // Not List.copyOf: it throws on a null element, which must reach Tag and be refused as an invalid tag.
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
        inviteCode = inviteCode == null || inviteCode.isBlank() ? null : inviteCode;
    }

    /** A customer nobody invited. */
    public NewCustomer(String phone, String name, String email, List<String> tags) {
        this(phone, name, email, tags, null);
    }
}
