package dev.zhanggui.server.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The row of a store; mapped to and from {@link dev.zhanggui.catalog.Store}, never exposed. */
@Entity
@Table(name = "store")
public class StoreEntity {
    @Id
    public UUID id;
    @Column(name = "merchant_id", nullable = false, updatable = false)
    public String merchantId;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String address;
    @Column(nullable = false, precision = 9, scale = 6)
    public BigDecimal latitude;
    @Column(nullable = false, precision = 9, scale = 6)
    public BigDecimal longitude;
    @Column(name = "opening_hours")
    public String openingHours;
    public String phone;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Version
    public long version;
}
