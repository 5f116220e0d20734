package dev.zhanggui.graphql.customer;

import dev.zhanggui.customer.AddressId;
import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerFilter;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.Tag;
import dev.zhanggui.graphql.customer.CustomerTypes.AddressInput;
import dev.zhanggui.graphql.customer.CustomerTypes.AddressNode;
import dev.zhanggui.graphql.customer.CustomerTypes.AddressPayload;
import dev.zhanggui.graphql.customer.CustomerTypes.CustomerConnection;
import dev.zhanggui.graphql.customer.CustomerTypes.CustomerFilterInput;
import dev.zhanggui.graphql.customer.CustomerTypes.CustomerNode;
import dev.zhanggui.graphql.customer.CustomerTypes.CustomerPayload;
import dev.zhanggui.graphql.customer.CustomerTypes.InvoiceProfileInput;
import dev.zhanggui.graphql.customer.CustomerTypes.NewCustomerInput;
import dev.zhanggui.graphql.customer.CustomerTypes.ProfileInput;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Customers over GraphQL: the customer's own {@code me}, and the member list for staff. */
@GraphQLApi
public class CustomerGraphQL {

    @Inject
    CustomerService customers;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Query("me")
    @Description("The calling customer, registered at their first call")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull CustomerNode me() {
        return CustomerNode.of(customers.me(actor.get()));
    }

    @Query("customer")
    @Description("One customer of the merchant, or null")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public CustomerNode customer(@NonNull @Id @Name("id") String id) {
        try {
            return CustomerNode.of(customers.get(actor.get(), CustomerId.parse(id)));
        } catch (DomainException e) {
            if (e.code() == ErrorCode.CUSTOMER_NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    @Query("customers")
    @Description("The merchant's customers in registration order")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull CustomerConnection customers(@Name("first") @DefaultValue("20") int first,
                                                 @Name("after") String after,
                                                 @Name("filter") CustomerFilterInput filter) {
        CustomerFilter f = filter == null ? CustomerFilter.ALL : new CustomerFilter(Optional.ofNullable(filter.phone()),
                Optional.ofNullable(filter.tag()).filter(t -> !t.isBlank()).map(Tag::new));
        return CustomerConnection.of(customers.list(actor.get(), f, PageRequest.of(first, after)));
    }

    @Mutation("updateMe")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull CustomerPayload updateMe(@NonNull @Name("input") ProfileInput input,
                                             @Name("expectedVersion") Integer expectedVersion,
                                             @Name("idempotencyKey") String idempotencyKey) {
        return customerMutation("updateMe", idempotencyKey, List.of(input, String.valueOf(expectedVersion)),
                () -> customers.updateMe(actor.get(), input.toChange(), version(expectedVersion)));
    }

    @Mutation("addAddress")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull AddressPayload addAddress(@NonNull @Name("input") AddressInput input,
                                              @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("addAddress", idempotencyKey, input, AddressPayload.class,
                () -> new AddressPayload(AddressNode.of(customers.addAddress(actor.get(), input.toDetails(),
                        input.makeDefault())), List.of()),
                AddressPayload::refused);
    }

    @Mutation("updateAddress")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull AddressPayload updateAddress(@NonNull @Id @Name("id") String id,
                                                 @NonNull @Name("input") AddressInput input,
                                                 @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("updateAddress", idempotencyKey, List.of(id, input), AddressPayload.class,
                () -> new AddressPayload(AddressNode.of(customers.updateAddress(actor.get(), AddressId.parse(id),
                        input.toDetails(), input.makeDefault())), List.of()),
                AddressPayload::refused);
    }

    @Mutation("removeAddress")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull CustomerPayload removeAddress(@NonNull @Id @Name("id") String id,
                                                  @Name("idempotencyKey") String idempotencyKey) {
        return customerMutation("removeAddress", idempotencyKey, id,
                () -> customers.removeAddress(actor.get(), AddressId.parse(id)));
    }

    @Mutation("setDefaultAddress")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull CustomerPayload setDefaultAddress(@NonNull @Id @Name("id") String id,
                                                      @Name("idempotencyKey") String idempotencyKey) {
        return customerMutation("setDefaultAddress", idempotencyKey, id,
                () -> customers.setDefaultAddress(actor.get(), AddressId.parse(id)));
    }

    @Mutation("setInvoiceProfile")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull CustomerPayload setInvoiceProfile(@NonNull @Name("input") InvoiceProfileInput input,
                                                      @Name("idempotencyKey") String idempotencyKey) {
        return customerMutation("setInvoiceProfile", idempotencyKey, input,
                () -> customers.setInvoiceProfile(actor.get(), input.toProfile()));
    }

    @Mutation("createCustomer")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull CustomerPayload createCustomer(@NonNull @Name("input") NewCustomerInput input,
                                                   @Name("idempotencyKey") String idempotencyKey) {
        return customerMutation("createCustomer", idempotencyKey, input,
                () -> customers.create(actor.get(), input.toNewCustomer()));
    }

    @Mutation("tagCustomer")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull CustomerPayload tagCustomer(@NonNull @Id @Name("id") String id,
                                                @NonNull @Name("tags") List<@NonNull String> tags,
                                                @Name("expectedVersion") Integer expectedVersion,
                                                @Name("idempotencyKey") String idempotencyKey) {
        return customerMutation("tagCustomer", idempotencyKey, List.of(id, tags, String.valueOf(expectedVersion)),
                () -> customers.tag(actor.get(), CustomerId.parse(id), tags, version(expectedVersion)));
    }

    @Mutation("untagCustomer")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull CustomerPayload untagCustomer(@NonNull @Id @Name("id") String id,
                                                  @NonNull @Name("tags") List<@NonNull String> tags,
                                                  @Name("expectedVersion") Integer expectedVersion,
                                                  @Name("idempotencyKey") String idempotencyKey) {
        return customerMutation("untagCustomer", idempotencyKey, List.of(id, tags, String.valueOf(expectedVersion)),
                () -> customers.untag(actor.get(), CustomerId.parse(id), tags, version(expectedVersion)));
    }

    @Mutation("updateCustomer")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull CustomerPayload updateCustomer(@NonNull @Id @Name("id") String id,
                                                   @NonNull @Name("input") ProfileInput input,
                                                   @Name("expectedVersion") Integer expectedVersion,
                                                   @Name("idempotencyKey") String idempotencyKey) {
        return customerMutation("updateCustomer", idempotencyKey, List.of(id, input, String.valueOf(expectedVersion)),
                () -> customers.update(actor.get(), CustomerId.parse(id), input.toChange(),
                        version(expectedVersion)));
    }

    private CustomerPayload customerMutation(String operation, String idempotencyKey, Object input,
                                             Supplier<Customer> work) {
        return mutations.run(operation, idempotencyKey, input, CustomerPayload.class,
                () -> CustomerPayload.of(work.get()), CustomerPayload::refused);
    }

    private static Optional<Long> version(Integer expected) {
        return Optional.ofNullable(expected).map(Integer::longValue);
    }
}
