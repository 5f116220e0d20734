package dev.zhanggui.aftersale;

import java.util.Objects;

/**
 * A merchant's after-sales terms as stored, with their version (0 until the merchant saves any):
 * what a change names to be applied only over what its author read.
 */
public record StoredAfterSaleTerms(AfterSaleTerms terms, long version) {
    public StoredAfterSaleTerms {
        Objects.requireNonNull(terms, "terms");
    }
}
