package dev.zhanggui.graphql.wallet;

import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.MerchantWalletSettings;
import dev.zhanggui.wallet.WalletFields;
import dev.zhanggui.wallet.WalletSettingsChange;
import dev.zhanggui.wallet.WalletSettingsService;
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

/** The merchant's wallet settings (钱包设置) over GraphQL, for its admins. */
@GraphQLApi
public class WalletSettingsGraphQL {
    @Inject
    WalletSettingsService settings;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Type("WalletSettings")
    @Description("Withdrawal minimum, balance transfers and points expiry; version 0 until the merchant saves them")
    public record WalletSettingsNode(@NonNull String withdrawalMinimum, @NonNull boolean transfersEnabled,
                                     @NonNull boolean pointsExpire, @NonNull long version) {
        static WalletSettingsNode of(MerchantWalletSettings s) {
            return new WalletSettingsNode(s.withdrawalMinimum().toString(), s.transfersEnabled(), s.pointsExpire(),
                    s.version());
        }
    }

    @Input("WalletSettingsInput")
    @Description("The parts to change; those left out keep their value")
    public record WalletSettingsInput(@Description("1.00 to 100000.00") String withdrawalMinimum,
                                      Boolean transfersEnabled, Boolean pointsExpire) {
        WalletSettingsChange toCore() {
            return new WalletSettingsChange(WalletFields.money("withdrawalMinimum", withdrawalMinimum),
                    Optional.ofNullable(transfersEnabled), Optional.ofNullable(pointsExpire));
        }
    }

    @Type("WalletSettingsPayload")
    public record WalletSettingsPayload(WalletSettingsNode settings, @NonNull List<@NonNull UserError> errors)
            implements Payload {
        static WalletSettingsPayload refused(List<UserError> errors) {
            return new WalletSettingsPayload(null, errors);
        }
    }

    @Query("walletSettings")
    @Description("The merchant's wallet settings, the configured defaults until saved")
    @RolesAllowed(Roles.MERCHANT_ADMIN)
    public @NonNull WalletSettingsNode walletSettings() {
        return WalletSettingsNode.of(settings.settings(actor.get()));
    }

    @Mutation("updateWalletSettings")
    @Description("Change the wallet settings at the version read (VERSION_MISMATCH if someone changed them)")
    @RolesAllowed(Roles.MERCHANT_ADMIN)
    public @NonNull WalletSettingsPayload updateWalletSettings(@NonNull @Name("input") WalletSettingsInput input,
                                                               @Name("expectedVersion") Integer expectedVersion,
                                                               @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("updateWalletSettings", idempotencyKey,
                Arrays.asList(input, String.valueOf(expectedVersion)), WalletSettingsPayload.class,
                () -> new WalletSettingsPayload(WalletSettingsNode.of(settings.update(actor.get(), input.toCore(),
                        Optional.ofNullable(expectedVersion).map(Integer::longValue))), List.of()),
                WalletSettingsPayload::refused);
    }
}
