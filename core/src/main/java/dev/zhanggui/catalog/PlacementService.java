package dev.zhanggui.catalog;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.Transactions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Featured placements (首页焦点图, 首页商品设置): staff set the ordered products of a placement in
 * one go; anyone reads it, customers and anonymous callers seeing only the products on sale.
 * Each method is one unit of work.
 */
public final class PlacementService {
    public static final int MAX_PRODUCTS = 50;
    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,32}");

    private final PlacementRepository placements;
    private final ProductRepository products;
    private final Transactions transactions;

    public PlacementService(PlacementRepository placements, ProductRepository products, Transactions transactions) {
        this.placements = placements;
        this.products = products;
        this.transactions = transactions;
    }

    /** The placement's products in order; a placement never set is empty. */
    public Placement get(Actor actor, String code) {
        String valid = requireCode(code);
        return transactions.inTransaction(() -> {
            List<Product> found = products.findAll(actor.merchant(), placements.productIds(actor.merchant(), valid));
            return new Placement(valid, found.stream()
                    .filter(p -> actor.actsForMerchant() || p.visibleToCustomers()).toList());
        });
    }

    /**
     * Replaces the whole ordered list: at most {@value #MAX_PRODUCTS} products of the merchant,
     * each once. An empty list clears the placement.
     */
    public Placement setPlacement(Actor actor, String code, List<ProductId> productIds) {
        CatalogAccess.requireStaff(actor);
        String valid = requireCode(code);
        if (productIds == null) {
            throw DomainException.invalidField("productIds", ErrorCode.PLACEMENT_INVALID, "productIds is required");
        }
        if (productIds.size() > MAX_PRODUCTS) {
            throw DomainException.invalidField("productIds", ErrorCode.PLACEMENT_INVALID,
                    "A placement holds at most " + MAX_PRODUCTS + " products");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<ProductId> seen = new HashSet<>();
        for (int i = 0; i < productIds.size(); i++) {
            ProductId id = productIds.get(i);
            if (id == null) {
                errors.add(new FieldError(field(i), ErrorCode.PRODUCT_NOT_FOUND, "A product id is required"));
            } else if (!seen.add(id)) {
                errors.add(new FieldError(field(i), ErrorCode.PLACEMENT_INVALID, "Product " + id + " is listed twice"));
            }
        }
        throwIfAny(errors);
        List<ProductId> ids = List.copyOf(productIds);
        return transactions.inTransaction(() -> {
            List<Product> found = products.findAll(actor.merchant(), ids);
            Set<ProductId> known = new HashSet<>();
            found.forEach(p -> known.add(p.id()));
            for (int i = 0; i < ids.size(); i++) {
                if (!known.contains(ids.get(i))) {
                    errors.add(new FieldError(field(i), ErrorCode.PRODUCT_NOT_FOUND, "No product " + ids.get(i)));
                }
            }
            throwIfAny(errors);
            placements.replace(actor.merchant(), valid, ids);
            return new Placement(valid, found);
        });
    }

    /** Reads product ids given as text; a malformed one is an unknown product at its index. */
    public static List<ProductId> productIds(List<String> texts) {
        if (texts == null) {
            return null;
        }
        List<ProductId> ids = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                ids.add(new ProductId(UUID.fromString(texts.get(i))));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(new FieldError(field(i), ErrorCode.PRODUCT_NOT_FOUND, "No product " + texts.get(i)));
            }
        }
        throwIfAny(errors);
        return ids;
    }

    private static String requireCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw DomainException.invalidField("code", ErrorCode.PLACEMENT_INVALID,
                    "A placement code is 1 to 32 lowercase letters, digits and dashes, like home-carousel");
        }
        return code;
    }

    private static String field(int index) {
        return "productIds[" + index + "]";
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.PLACEMENT_INVALID, errors.getFirst().message(), errors);
        }
    }
}
