package dev.zhanggui.rest.customer;

import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.InvoiceProfile;
import dev.zhanggui.customer.NewCustomer;
import dev.zhanggui.customer.ProfileChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Optional;

/** The request bodies of the customer endpoints. */
public final class CustomerInputs {
    private CustomerInputs() {
    }

    /** A partial profile update: an absent field stays as it is, an empty string clears it. */
    @Schema(name = "ProfilePatch")
    public record ProfilePatch(@Schema(nullable = true) String name, @Schema(nullable = true) String email) {
        ProfileChange toChange() {
            return new ProfileChange(Optional.ofNullable(name), Optional.ofNullable(email));
        }
    }

    @Schema(name = "AddressInput")
    public record AddressInput(@Schema(required = true) String recipient, @Schema(required = true) String phone,
                               @Schema(required = true) String province, @Schema(required = true) String city,
                               @Schema(required = true) String district, @Schema(required = true) String detail,
                               @Schema(nullable = true) String postalCode,
                               @Schema(description = "Make this the default address") Boolean isDefault) {
        AddressDetails toDetails() {
            return new AddressDetails(recipient, phone, province, city, district, detail,
                    Optional.ofNullable(postalCode));
        }

        boolean makeDefault() {
            return Boolean.TRUE.equals(isDefault);
        }
    }

    @Schema(name = "InvoiceProfileInput")
    public record InvoiceProfileInput(@Schema(required = true) String invoiceTitle, String taxpayerId,
                                      String accountName, String bank, String bankAccount) {
        InvoiceProfile toProfile() {
            return new InvoiceProfile(invoiceTitle, Optional.ofNullable(taxpayerId), Optional.ofNullable(accountName),
                    Optional.ofNullable(bank), Optional.ofNullable(bankAccount));
        }
    }

    @Schema(name = "NewCustomerInput")
    public record NewCustomerInput(@Schema(required = true, example = "13800000003") String phone, String name,
                                   String email, List<String> tags,
                                   @Schema(nullable = true, description = "The invite code of the customer who brought this one")
                                   String inviteCode) {
        NewCustomer toNewCustomer() {
            return new NewCustomer(phone, name, email, tags, inviteCode);
        }
    }

    /** The invite code of the customer who invited the caller (填写邀请码). */
    @Schema(name = "ReferrerInput")
    public record ReferrerInput(@Schema(required = true, example = "K7WQ3MZP") String inviteCode) {
    }

    @Schema(name = "TagsInput")
    public record TagsInput(@Schema(required = true) List<String> tags) {
    }
}
