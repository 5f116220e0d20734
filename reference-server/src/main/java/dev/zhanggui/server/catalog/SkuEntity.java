package dev.zhanggui.server.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.math.BigDecimal;
import java.util.UUID;

/** The row of one SKU; its product's version guards it. */
@Entity
@Table(name = "sku")
public class SkuEntity {
    @Id
    public UUID id;
    @Column(name = "merchant_id", nullable = false, updatable = false)
    public String merchantId;
    @Column(name = "product_id", nullable = false, updatable = false)
    public UUID productId;
    @Column(nullable = false)
    public int position;
    @Column(name = "spec_values", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String specValues;
    @Column(nullable = false)
    public String code;
    public String barcode;
    @Column(nullable = false)
    public String currency;
    @Column(name = "list_price", nullable = false)
    public BigDecimal listPrice;
    @Column(nullable = false)
    public BigDecimal price;
    @Column(name = "points_price")
    public Long pointsPrice;
    @Column(name = "weight_grams", nullable = false)
    public int weightGrams;
    @Column(name = "cost_price")
    public BigDecimal costPrice;
}
