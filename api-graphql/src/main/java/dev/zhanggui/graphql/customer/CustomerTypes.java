package dev.zhanggui.graphql.customer;

import dev.zhanggui.customer.Address;
import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.InvoiceProfile;
import dev.zhanggui.customer.NewCustomer;
import dev.zhanggui.customer.ProfileChange;
import dev.zhanggui.customer.Referral;
import dev.zhanggui.customer.Tag;
import dev.zhanggui.graphql.shared.PageInfo;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.shared.Page;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The GraphQL types, inputs and payloads of the customer context. */
public final class CustomerTypes {
    private CustomerTypes() {
    }

    @Type("Customer")
    @Description("A customer (会员) of the merchant; the phone number is the account")
    public record CustomerNode(@NonNull @Id String id, @NonNull String phone, String name, String email,
                               @NonNull @Description("SELF_REGISTERED or CREATED_BY_STAFF") String origin,
                               @NonNull Instant registeredAt, @NonNull List<@NonNull String> tags,
                               @NonNull List<@NonNull AddressNode> addresses, AddressNode defaultAddress,
                               InvoiceProfileNode invoiceProfile,
                               @NonNull @Description("The customer's own invite code (邀请码)") String inviteCode,
                               @Description("Who invited the customer, once linked") ReferrerNode referrer,
                               @NonNull @Description("Pass as expectedVersion to guard an update") int version) {
        static CustomerNode of(Customer c) {
            return new CustomerNode(c.id().toString(), c.phone().value(), c.profile().name().orElse(null),
                    c.profile().email().orElse(null), c.origin().name(), c.registeredAt(),
                    c.tags().stream().map(Tag::value).toList(), c.addresses().stream().map(AddressNode::of).toList(),
                    c.defaultAddress().map(AddressNode::of).orElse(null),
                    c.invoiceProfile().map(InvoiceProfileNode::of).orElse(null), c.inviteCode().value(),
                    c.referral().map(ReferrerNode::of).orElse(null), Math.toIntExact(c.version()));
        }
    }

    @Type("Referrer")
    @Description("Who invited a customer (邀请人) and how: STAFF at registration, or SELF with the inviter's code")
    public record ReferrerNode(@NonNull @Id String customerId, @NonNull String via, @NonNull Instant linkedAt) {
        static ReferrerNode of(Referral r) {
            return new ReferrerNode(r.inviter().toString(), r.via().name(), r.at());
        }
    }

    @Type("Address")
    public record AddressNode(@NonNull @Id String id, @NonNull String recipient, @NonNull String phone,
                              @NonNull String province, @NonNull String city, @NonNull String district,
                              @NonNull String detail, String postalCode, @NonNull @Name("isDefault") boolean isDefault) {
        static AddressNode of(Address a) {
            AddressDetails d = a.details();
            return new AddressNode(a.id().toString(), d.recipient(), d.phone(), d.province(), d.city(), d.district(),
                    d.detail(), d.postalCode().orElse(null), a.isDefault());
        }
    }

    @Type("InvoiceProfile")
    @Description("Invoice data (开票信息) reused at checkout")
    public record InvoiceProfileNode(@NonNull String invoiceTitle, String taxpayerId, String accountName, String bank,
                                     String bankAccount) {
        public static InvoiceProfileNode of(InvoiceProfile p) {
            return new InvoiceProfileNode(p.invoiceTitle(), p.taxpayerId().orElse(null), p.accountName().orElse(null),
                    p.bank().orElse(null), p.bankAccount().orElse(null));
        }
    }

    @Type("CustomerEdge")
    public record CustomerEdge(@NonNull String cursor, @NonNull CustomerNode node) {
    }

    @Type("CustomerConnection")
    public record CustomerConnection(@NonNull List<@NonNull CustomerEdge> edges, @NonNull PageInfo pageInfo) {
        static CustomerConnection of(Page<Customer> page) {
            List<CustomerEdge> edges = new java.util.ArrayList<>();
            for (int i = 0; i < page.items().size(); i++) {
                edges.add(new CustomerEdge(page.cursors().get(i), CustomerNode.of(page.items().get(i))));
            }
            return new CustomerConnection(edges, new PageInfo(page.next().isPresent(),
                    page.cursors().isEmpty() ? null : page.cursors().getLast()));
        }
    }

    @Type("CustomerPayload")
    public record CustomerPayload(CustomerNode customer, @NonNull List<@NonNull UserError> errors) implements Payload {
        static CustomerPayload of(Customer customer) {
            return new CustomerPayload(CustomerNode.of(customer), List.of());
        }

        static CustomerPayload refused(List<UserError> errors) {
            return new CustomerPayload(null, errors);
        }
    }

    @Type("AddressPayload")
    public record AddressPayload(AddressNode address, @NonNull List<@NonNull UserError> errors) implements Payload {
        static AddressPayload refused(List<UserError> errors) {
            return new AddressPayload(null, errors);
        }
    }

    @Input("ProfileInput")
    @Description("A partial update: an absent field stays as it is, an empty string clears it")
    public record ProfileInput(String name, String email) {
        ProfileChange toChange() {
            return new ProfileChange(Optional.ofNullable(name), Optional.ofNullable(email));
        }
    }

    @Input("AddressInput")
    public record AddressInput(@NonNull String recipient, @NonNull String phone, @NonNull String province,
                               @NonNull String city, @NonNull String district, @NonNull String detail,
                               String postalCode, Boolean isDefault) {
        public AddressDetails toDetails() {
            return new AddressDetails(recipient, phone, province, city, district, detail,
                    Optional.ofNullable(postalCode));
        }

        boolean makeDefault() {
            return Boolean.TRUE.equals(isDefault);
        }
    }

    @Input("InvoiceProfileInput")
    public record InvoiceProfileInput(@NonNull String invoiceTitle, String taxpayerId, String accountName, String bank,
                                      String bankAccount) {
        public InvoiceProfile toProfile() {
            return new InvoiceProfile(invoiceTitle, Optional.ofNullable(taxpayerId), Optional.ofNullable(accountName),
                    Optional.ofNullable(bank), Optional.ofNullable(bankAccount));
        }
    }

    @Input("NewCustomerInput")
    public record NewCustomerInput(@NonNull String phone, String name, String email,
                                   @DefaultValue("[]") List<@NonNull String> tags,
                                   @Description("The invite code of the customer who brought this one") String inviteCode) {
        NewCustomer toNewCustomer() {
            return new NewCustomer(phone, name, email, tags, inviteCode);
        }
    }

    @Input("CustomerFilter")
    public record CustomerFilterInput(@Description("Phone number or its prefix") String phone, String tag) {
    }
}
