package dev.zhanggui.server.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/** The row of one address of a customer's address book. */
@Entity
@Table(name = "customer_address")
public class CustomerAddressEntity {
    @Id
    public UUID id;
    @Column(name = "merchant_id", nullable = false, updatable = false)
    public String merchantId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    public CustomerEntity customer;
    @Column(nullable = false)
    public int position;
    @Column(nullable = false)
    public String recipient;
    @Column(nullable = false)
    public String phone;
    @Column(nullable = false)
    public String province;
    @Column(nullable = false)
    public String city;
    @Column(nullable = false)
    public String district;
    @Column(nullable = false)
    public String detail;
    @Column(name = "postal_code")
    public String postalCode;
    @Column(name = "is_default", nullable = false)
    public boolean isDefault;
}
