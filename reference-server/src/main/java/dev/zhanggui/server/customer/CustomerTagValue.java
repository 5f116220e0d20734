package dev.zhanggui.server.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** One tag row; it carries the merchant like every row does. */
@Embeddable
public class CustomerTagValue {
    @Column(name = "merchant_id", nullable = false)
    public String merchantId;
    @Column(nullable = false)
    public String tag;

    public CustomerTagValue() {
    }

    public CustomerTagValue(String merchantId, String tag) {
        this.merchantId = merchantId;
        this.tag = tag;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomerTagValue other && Objects.equals(merchantId, other.merchantId)
                && Objects.equals(tag, other.tag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(merchantId, tag);
    }
}
