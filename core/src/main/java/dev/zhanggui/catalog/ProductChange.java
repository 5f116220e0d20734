package dev.zhanggui.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A partial change of a product: an absent field stays as it is; an empty barcode or description
 * clears it. {@code skus} revises the specs and the SKU matrix (see {@link SkuRevision}).
 */
public record ProductChange(Optional<String> code, Optional<String> name, Optional<String> barcode,
                            Optional<String> description, Optional<List<String>> images,
                            Optional<Set<CategoryId>> categories, Optional<Integer> sortOrder,
                            Optional<SkuRevision> skus) {
    public ProductChange {
        code = code == null ? Optional.empty() : code;
        name = name == null ? Optional.empty() : name;
        barcode = barcode == null ? Optional.empty() : barcode;
        description = description == null ? Optional.empty() : description;
        images = images == null ? Optional.empty() : images;
        categories = categories == null ? Optional.empty() : categories;
        sortOrder = sortOrder == null ? Optional.empty() : sortOrder;
        skus = skus == null ? Optional.empty() : skus;
    }

    /** The details after this change; the description given here must already be sanitized. */
    ProductDetails applyTo(ProductDetails d) {
        return new ProductDetails(code.orElse(d.code()), name.orElse(d.name()),
                barcode.isPresent() ? barcode : d.barcode(),
                description.isPresent() ? description : d.description(), images.orElse(d.images()),
                categories.orElse(d.categories()), sortOrder.orElse(d.sortOrder()));
    }
}
