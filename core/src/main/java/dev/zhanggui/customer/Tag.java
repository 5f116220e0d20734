package dev.zhanggui.customer;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

/** A label a merchant puts on members (标签), e.g. 批发客户 or VIP; used to target coupons. */
public record Tag(String value) implements Comparable<Tag> {
    public Tag {
        value = value == null ? "" : value.strip();
        if (value.isEmpty() || value.length() > 32) {
            throw DomainException.invalidField("tags", ErrorCode.CUSTOMER_TAG_INVALID,
                    "A tag must be 1 to 32 characters, was '" + value + "'");
        }
    }

    @Override
    public int compareTo(Tag other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
