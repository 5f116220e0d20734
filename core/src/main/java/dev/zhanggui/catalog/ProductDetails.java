package dev.zhanggui.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a product says about itself besides its specs and SKUs: code (商品编号), name, barcode
 * (条形码), rich-text description (商品详情, already sanitized), image URLs, categories and the
 * merchant's sort order.
 */
public record ProductDetails(String code, String name, Optional<String> barcode, Optional<String> description,
                             List<String> images, Set<CategoryId> categories, int sortOrder) {
    public ProductDetails {
        code = code == null ? null : code.strip();
        name = name == null ? null : name.strip();
        barcode = barcode == null ? Optional.empty() : barcode.map(String::strip).filter(b -> !b.isEmpty());
        description = description == null ? Optional.empty() : description.filter(d -> !d.isBlank());
        images = images == null ? List.of() : images.stream().map(i -> i == null ? "" : i.strip()).toList();
        categories = categories == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(categories));
    }
}
