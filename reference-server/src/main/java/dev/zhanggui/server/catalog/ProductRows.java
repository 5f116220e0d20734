package dev.zhanggui.server.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductDetails;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.ProductStatus;
import dev.zhanggui.catalog.Sku;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.Spec;
import dev.zhanggui.catalog.SpecValue;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns product, SKU and category rows into a {@link Product} and back; specs and images are JSON. */
final class ProductRows {
    private static final TypeReference<List<Spec>> SPECS = new TypeReference<>() { };
    private static final TypeReference<List<SpecValue>> SPEC_VALUES = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final ObjectMapper json;

    ProductRows(ObjectMapper json) {
        this.json = json;
    }

    Product toDomain(ProductEntity e, List<SkuEntity> skus, Set<CategoryId> categories) {
        ProductDetails details = new ProductDetails(e.code, e.name, Optional.ofNullable(e.barcode),
                Optional.ofNullable(e.description), read(e.images, STRINGS), categories, e.sortOrder);
        return new Product(new ProductId(e.id), MerchantId.of(e.merchantId), details, ProductStatus.valueOf(e.status),
                read(e.specs, SPECS), skus.stream().map(this::toDomain).toList(), e.salesCount, e.createdAt,
                e.version);
    }

    private Sku toDomain(SkuEntity s) {
        Currency currency = Currency.getInstance(s.currency);
        return new Sku(new SkuId(s.id), read(s.specValues, SPEC_VALUES), s.code, Optional.ofNullable(s.barcode),
                Money.of(s.listPrice, currency), Money.of(s.price, currency),
                Optional.ofNullable(s.pointsPrice).map(Points::of), s.weightGrams,
                Optional.ofNullable(s.costPrice).map(c -> Money.of(c, currency)));
    }

    void copy(Product p, ProductEntity e) {
        ProductDetails d = p.details();
        e.code = d.code();
        e.name = d.name();
        e.barcode = d.barcode().orElse(null);
        e.description = d.description().orElse(null);
        e.images = write(d.images());
        e.specs = write(p.specs());
        e.sortOrder = d.sortOrder();
        e.status = p.status().name();
        e.lowestPrice = p.lowestPrice().amount();
    }

    void copy(Product p, Sku sku, int position, SkuEntity s) {
        s.id = sku.id().value();
        s.merchantId = p.merchant().value();
        s.productId = p.id().value();
        s.position = position;
        s.specValues = write(sku.specValues());
        s.code = sku.code();
        s.barcode = sku.barcode().orElse(null);
        s.currency = sku.price().currency().getCurrencyCode();
        s.listPrice = sku.listPrice().amount();
        s.price = sku.price().amount();
        s.pointsPrice = sku.pointsPrice().map(Points::value).orElse(null);
        s.weightGrams = sku.weightGrams();
        s.costPrice = sku.costPrice().map(Money::amount).orElse(null);
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable product JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
