package dev.zhanggui.rest.customer;

import dev.zhanggui.customer.Address;
import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.InvoiceProfile;
import dev.zhanggui.customer.Referral;
import dev.zhanggui.customer.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A customer as the REST API shows it. */
@Schema(name = "Customer")
public record CustomerView(
        String id,
        @Schema(description = "The mobile phone number, which is the account") String phone,
        @Schema(nullable = true) String name,
        @Schema(nullable = true) String email,
        @Schema(description = "SELF_REGISTERED or CREATED_BY_STAFF") String origin,
        Instant registeredAt,
        List<String> tags,
        List<AddressView> addresses,
        @Schema(nullable = true) InvoiceProfileView invoiceProfile,
        @Schema(description = "The customer's own invite code (邀请码)", example = "K7WQ3MZP") String inviteCode,
        @Schema(nullable = true, description = "Who invited the customer, once linked") ReferrerView referrer,
        @Schema(description = "Optimistic-concurrency version; also the ETag") long version) {

    static CustomerView of(Customer c) {
        return new CustomerView(c.id().toString(), c.phone().value(), c.profile().name().orElse(null),
                c.profile().email().orElse(null), c.origin().name(), c.registeredAt(),
                c.tags().stream().map(Tag::value).toList(), c.addresses().stream().map(AddressView::of).toList(),
                c.invoiceProfile().map(InvoiceProfileView::of).orElse(null), c.inviteCode().value(),
                c.referral().map(ReferrerView::of).orElse(null), c.version());
    }

    /** Who invited a customer (邀请人) and how the link was made. */
    @Schema(name = "Referrer")
    public record ReferrerView(@Schema(description = "The inviter's customer id") String customerId,
                               @Schema(description = "STAFF (at registration) or SELF (the customer entered the code)")
                               String via,
                               Instant linkedAt) {
        static ReferrerView of(Referral r) {
            return new ReferrerView(r.inviter().toString(), r.via().name(), r.at());
        }
    }

    /** One address of the address book. */
    @Schema(name = "Address")
    public record AddressView(String id, String recipient, String phone, String province, String city,
                              String district, String detail, @Schema(nullable = true) String postalCode,
                              boolean isDefault) {
        static AddressView of(Address a) {
            var d = a.details();
            return new AddressView(a.id().toString(), d.recipient(), d.phone(), d.province(), d.city(), d.district(),
                    d.detail(), d.postalCode().orElse(null), a.isDefault());
        }
    }

    /** The invoice data (开票信息). */
    @Schema(name = "InvoiceProfile")
    public record InvoiceProfileView(String invoiceTitle, @Schema(nullable = true) String taxpayerId,
                                     @Schema(nullable = true) String accountName,
                                     @Schema(nullable = true) String bank,
                                     @Schema(nullable = true) String bankAccount) {
        static InvoiceProfileView of(InvoiceProfile p) {
            return new InvoiceProfileView(p.invoiceTitle(), p.taxpayerId().orElse(null), p.accountName().orElse(null),
                    p.bank().orElse(null), p.bankAccount().orElse(null));
        }
    }
}
