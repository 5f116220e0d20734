package dev.zhanggui.graphql.aftersale;

import dev.zhanggui.aftersale.AfterSaleTermsChange;
import dev.zhanggui.aftersale.AfterSaleTermsSettings;
import dev.zhanggui.aftersale.ReturnRestock;
import dev.zhanggui.aftersale.StoredAfterSaleTerms;
import dev.zhanggui.graphql.aftersale.AfterSaleEnums.ReturnRestockValue;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The merchant's after-sales terms (售后设置) over GraphQL: staff read them, admins change them. */
@GraphQLApi
public class AfterSaleSettingsGraphQL {
    @Inject
    AfterSaleTermsSettings settings;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Type("AfterSaleSettings")
    @Description("Whether a whole refund before shipping gives the shipping back, and what happens to the stock of"
            + " returned goods; version 0 until the merchant saves them")
    public record AfterSaleSettingsNode(@NonNull boolean refundShippingBeforeShipping,
                                        @NonNull ReturnRestockValue restock, @NonNull long version) {
        static AfterSaleSettingsNode of(StoredAfterSaleTerms s) {
            return new AfterSaleSettingsNode(s.terms().refundShippingBeforeShipping(),
                    ReturnRestockValue.valueOf(s.terms().restock().name()), s.version());
        }
    }

    @Input("AfterSaleSettingsInput")
    @Description("The parts to change; those left out keep their value")
    public record AfterSaleSettingsInput(Boolean refundShippingBeforeShipping, ReturnRestockValue restock) {
        AfterSaleTermsChange toCore() {
            return new AfterSaleTermsChange(Optional.ofNullable(refundShippingBeforeShipping),
                    Optional.ofNullable(restock).map(r -> ReturnRestock.valueOf(r.name())));
        }
    }

    @Type("AfterSaleSettingsPayload")
    public record AfterSaleSettingsPayload(AfterSaleSettingsNode settings, @NonNull List<@NonNull UserError> errors)
            implements Payload {
        static AfterSaleSettingsPayload refused(List<UserError> errors) {
            return new AfterSaleSettingsPayload(null, errors);
        }
    }

    @Query("afterSaleSettings")
    @Description("The merchant's after-sales terms, the defaults until saved")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull AfterSaleSettingsNode afterSaleSettings() {
        return AfterSaleSettingsNode.of(settings.terms(actor.get()));
    }

    @Mutation("updateAfterSaleSettings")
    @Description("Change the after-sales terms at the version read (VERSION_MISMATCH if someone changed them)")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    public @NonNull AfterSaleSettingsPayload updateAfterSaleSettings(
            @NonNull @Name("input") AfterSaleSettingsInput input, @Name("expectedVersion") Integer expectedVersion,
            @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("updateAfterSaleSettings", idempotencyKey,
                Arrays.asList(input, String.valueOf(expectedVersion)), AfterSaleSettingsPayload.class,
                () -> new AfterSaleSettingsPayload(AfterSaleSettingsNode.of(settings.update(actor.get(),
                        input.toCore(), Optional.ofNullable(expectedVersion).map(Integer::longValue))), List.of()),
                AfterSaleSettingsPayload::refused);
    }
}
