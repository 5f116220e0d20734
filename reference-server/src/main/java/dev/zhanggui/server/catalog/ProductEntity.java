package dev.zhanggui.server.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The row of a product; mapped to and from {@link dev.zhanggui.catalog.Product}, never exposed.
 * Its SKUs and categories are rows of their own, loaded by the repository for a whole page at once.
 */
@Entity
@Table(name = "product")
public class ProductEntity {
    @Id
    public UUID id;
    @Column(name = "merchant_id", nullable = false, updatable = false)
    public String merchantId;
    @Column(nullable = false)
    public String code;
    @Column(nullable = false)
    public String name;
    public String barcode;
    public String description;
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String images;
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String specs;
    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
    @Column(nullable = false)
    public String status;
    /** Counted by orders, never written from a product change. */
    @Column(name = "sales_count", nullable = false, updatable = false)
    public long salesCount;
    @Column(name = "lowest_price", nullable = false)
    public BigDecimal lowestPrice;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
