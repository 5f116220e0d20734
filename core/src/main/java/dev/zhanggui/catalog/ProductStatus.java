package dev.zhanggui.catalog;

/**
 * Where a product stands towards customers: on sale (出售中), in the warehouse (仓库中, never shown
 * to customers) or off shelf (下架). Only products on sale are visible outside the merchant's staff.
 */
public enum ProductStatus {
    ON_SALE, IN_WAREHOUSE, OFF_SHELF;

    public boolean visibleToCustomers() {
        return this == ON_SALE;
    }
}
