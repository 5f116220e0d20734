package dev.zhanggui.server.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** The row of a category; mapped to and from {@link dev.zhanggui.catalog.Category}, never exposed. */
@Entity
@Table(name = "category")
public class CategoryEntity {
    @Id
    public UUID id;
    @Column(name = "merchant_id", nullable = false, updatable = false)
    public String merchantId;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(nullable = false)
    public String name;
    @Column(name = "icon_url")
    public String iconUrl;
    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Version
    public long version;
}
