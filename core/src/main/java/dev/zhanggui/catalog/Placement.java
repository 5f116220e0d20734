package dev.zhanggui.catalog;

import java.util.List;

/**
 * A featured placement (首页焦点图, 首页商品设置): the products a merchant features under a code
 * such as {@code home-carousel}, in the merchant's order.
 */
public record Placement(String code, List<Product> products) {
    public Placement {
        products = List.copyOf(products);
    }
}
