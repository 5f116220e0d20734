package dev.zhanggui.catalog;

import java.util.List;

/**
 * One spec (规格) of a product: a name and its ordered values, e.g. 颜色: 红, 黄. The order of the
 * values is the order the storefront shows them in and the order of the SKU matrix.
 */
public record Spec(String name, List<String> values) {
    public Spec {
        name = name == null ? null : name.strip();
        values = values == null ? List.of() : values.stream().map(v -> v == null ? null : v.strip()).toList();
    }
}
