package dev.zhanggui.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A product to create: its details, the status to start in (仓库中 unless asked), its specs, and
 * the SKU drafts for the combinations (or one template for all of them; see {@link SkuMatrix}).
 */
public record NewProduct(ProductDetails details, Optional<ProductStatus> status, List<Spec> specs,
                         List<SkuDraft> skus, Optional<SkuDraft> template) {
    public NewProduct {
        status = status == null ? Optional.empty() : status;
        specs = specs == null ? List.of() : List.copyOf(specs);
        skus = skus == null ? List.of() : List.copyOf(skus);
        template = template == null ? Optional.empty() : template;
    }
}
