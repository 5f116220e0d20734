package dev.zhanggui.graphql.catalog;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The product enums of the GraphQL schema, mirroring the core's (which the schema builder cannot see). */
public final class ProductEnums {
    private ProductEnums() {
    }

    @Enum("ProductStatus")
    @Description("ON_SALE (出售中), IN_WAREHOUSE (仓库中) or OFF_SHELF (下架)")
    public enum Status {
        ON_SALE, IN_WAREHOUSE, OFF_SHELF;

        dev.zhanggui.catalog.ProductStatus toCore() {
            return dev.zhanggui.catalog.ProductStatus.valueOf(name());
        }

        static Status of(dev.zhanggui.catalog.ProductStatus status) {
            return valueOf(status.name());
        }
    }

    @Enum("ProductSort")
    @Description("MERCHANT (the merchant's order), NEWEST, PRICE_ASC, PRICE_DESC (lowest SKU price) or SALES")
    public enum Sort {
        MERCHANT, NEWEST, PRICE_ASC, PRICE_DESC, SALES;

        dev.zhanggui.catalog.ProductSort toCore() {
            return dev.zhanggui.catalog.ProductSort.valueOf(name());
        }
    }
}
