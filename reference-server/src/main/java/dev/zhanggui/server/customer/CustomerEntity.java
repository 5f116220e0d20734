package dev.zhanggui.server.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The row of a customer; mapped to and from {@link dev.zhanggui.customer.Customer}, never exposed. */
@Entity
@Table(name = "customer")
public class CustomerEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "merchant_id", nullable = false, updatable = false)
    public String merchantId;
    @Column(nullable = false, updatable = false)
    public String phone;
    @Column(nullable = false, updatable = false)
    public String origin;
    @Column(name = "account_subject")
    public String accountSubject;
    public String name;
    public String email;
    @Column(name = "invoice_title")
    public String invoiceTitle;
    @Column(name = "invoice_taxpayer_id")
    public String invoiceTaxpayerId;
    @Column(name = "invoice_account_name")
    public String invoiceAccountName;
    @Column(name = "invoice_bank")
    public String invoiceBank;
    @Column(name = "invoice_bank_account")
    public String invoiceBankAccount;
    @Column(name = "invite_code", nullable = false, updatable = false)
    public String inviteCode;
    @Column(name = "referrer_id")
    public UUID referrerId;
    @Column(name = "referred_via")
    public String referredVia;
    @Column(name = "referred_at")
    public Instant referredAt;
    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CustomerAddressEntity> addresses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
    public Set<CustomerTagValue> tags = new HashSet<>();
}
