package dev.zhanggui.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A change of a product's specs and SKUs. Absent specs keep the current ones. The SKU matrix is then
 * rebuilt (see {@link SkuMatrix}): drafts replace the data of their combination, the SKUs of
 * combinations that still exist and have no draft stay as they are, and new combinations take
 * their draft or else the template.
 */
public record SkuRevision(Optional<List<Spec>> specs, List<SkuDraft> skus, Optional<SkuDraft> template) {
    public SkuRevision {
        specs = specs == null ? Optional.empty() : specs.map(List::copyOf);
        skus = skus == null ? List.of() : List.copyOf(skus);
        template = template == null ? Optional.empty() : template;
    }
}
