package dev.zhanggui.catalog;

import dev.zhanggui.shared.ErrorCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The SKU matrix of a product: one SKU per combination of its spec values (颜色 × 长度), in spec
 * order. Rebuilding it after a change of specs keeps the SKUs (id, code, prices, barcode, weight) of
 * every combination that still exists; a combination is matched by its spec names and values, in
 * any order, so renaming a spec or a value makes a new combination. A combination the request
 * gives a draft for takes the draft's data (keeping its id); a new combination without a draft takes
 * the template; without either the change is refused. Combinations that no longer exist lose
 * their SKU.
 */
public final class SkuMatrix {
    private SkuMatrix() {
    }

    /** Every combination of the specs' values, the first spec varying slowest; no specs, one empty one. */
    public static List<List<SpecValue>> combinations(List<Spec> specs) {
        List<List<SpecValue>> result = List.of(List.of());
        for (Spec spec : specs) {
            List<List<SpecValue>> next = new ArrayList<>();
            for (List<SpecValue> prefix : result) {
                for (String value : spec.values()) {
                    List<SpecValue> combination = new ArrayList<>(prefix);
                    combination.add(new SpecValue(spec.name(), value));
                    next.add(List.copyOf(combination));
                }
            }
            result = next;
        }
        return result;
    }

    /**
     * The SKUs for {@code specs}, built from the current SKUs, the drafts and the template. The
     * specs and drafts must have passed {@link ProductValidation}; errors are added to it.
     */
    static List<Sku> rebuild(String productCode, List<Spec> specs, List<Sku> current, List<SkuDraft> drafts,
                             Optional<SkuDraft> template, Supplier<SkuId> ids, ProductValidation errors) {
        List<List<SpecValue>> combinations = combinations(specs);
        Set<String> keys = combinations.stream().map(SkuMatrix::key).collect(Collectors.toSet());
        Map<String, SkuDraft> draftByKey = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            String key = key(drafts.get(i).specValues());
            if (!keys.contains(key)) {
                errors.add("skus[" + i + "].specValues", ErrorCode.SKU_INVALID,
                        "No combination " + drafts.get(i).specValues() + " in the specs");
            } else if (draftByKey.putIfAbsent(key, drafts.get(i)) != null) {
                errors.add("skus[" + i + "].specValues", ErrorCode.SKU_INVALID,
                        "Two SKUs for " + drafts.get(i).specValues());
            }
        }
        Map<String, Sku> currentByKey = new HashMap<>();
        current.forEach(sku -> currentByKey.put(key(sku.specValues()), sku));
        Set<String> takenCodes = new HashSet<>();
        drafts.forEach(d -> d.code().ifPresent(takenCodes::add));
        currentByKey.forEach((key, sku) -> {
            if (keys.contains(key)) {
                takenCodes.add(sku.code());
            }
        });

        List<Sku> result = new ArrayList<>();
        for (List<SpecValue> combination : combinations) {
            String key = key(combination);
            Optional<Sku> existing = Optional.ofNullable(currentByKey.get(key));
            Optional<SkuDraft> draft = Optional.ofNullable(draftByKey.get(key))
                    .or(() -> existing.isPresent() ? Optional.empty() : template);
            if (draft.isEmpty() && existing.isPresent()) {
                result.add(existing.get());
            } else if (draft.isPresent()) {
                SkuDraft d = draft.get();
                String code = d.code().filter(c -> draftByKey.containsKey(key))
                        .or(() -> existing.map(Sku::code))
                        .orElseGet(() -> newCode(productCode, takenCodes));
                result.add(new Sku(existing.map(Sku::id).orElseGet(ids), combination, code, d.barcode(),
                        d.listPrice(), d.price(), d.pointsPrice(), d.weightGrams(), d.costPrice()));
            } else {
                errors.add("skus", ErrorCode.PRODUCT_SPECS_INVALID,
                        "No SKU data for " + combination + ": give a SKU for it or a template");
            }
        }
        requireUniqueCodes(result, errors);
        if (result.stream().map(s -> s.price().currency()).distinct().count() > 1) {
            errors.add("skus", ErrorCode.SKU_INVALID, "All SKUs of a product are priced in one currency");
        }
        return result;
    }

    private static void requireUniqueCodes(List<Sku> skus, ProductValidation errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < skus.size(); i++) {
            if (!seen.add(skus.get(i).code())) {
                errors.add("skus[" + i + "].code", ErrorCode.SKU_CODE_TAKEN,
                        "Two SKUs of the product share the code " + skus.get(i).code());
            }
        }
    }

    private static String newCode(String productCode, Set<String> taken) {
        String base = productCode.length() > 56 ? productCode.substring(0, 56) : productCode;
        for (int n = 1; ; n++) {
            String code = base + "-" + n;
            if (taken.add(code)) {
                return code;
            }
        }
    }

    /** A combination's identity, whatever order its values are given in. */
    static String key(List<SpecValue> values) {
        return values.stream().map(v -> v.name() + "\u0001" + v.value()).sorted()
                .collect(Collectors.joining("\u0000"));
    }
}
