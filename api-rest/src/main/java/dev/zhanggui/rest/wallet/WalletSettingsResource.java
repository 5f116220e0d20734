package dev.zhanggui.rest.wallet;

import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.MerchantWalletSettings;
import dev.zhanggui.wallet.WalletFields;
import dev.zhanggui.wallet.WalletSettingsChange;
import dev.zhanggui.wallet.WalletSettingsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/**
 * The merchant's wallet settings (钱包设置): the smallest withdrawal, balance transfers between
 * customers, points expiry by year end. Admins only; a change names the version it read (If-Match).
 */
@Path("/api/v1/wallet-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MERCHANT_ADMIN)
@Tag(name = "Wallets", description = "Stored-value balance, points and credit, on an append-only ledger")
@SecurityRequirement(name = "bearer")
public class WalletSettingsResource {
    @Inject
    WalletSettingsService settings;
    @Inject
    Provider<Actor> actor;

    @Schema(name = "WalletSettings")
    public record SettingsView(@Schema(format = "number", example = "1.00", description = "The smallest withdrawal (提现), 1.00 to 100000.00")
                               String withdrawalMinimum,
                               @Schema(description = "Customers may transfer principal to each other (余额转让)")
                               Boolean transfersEnabled,
                               @Schema(description = "Points expire by year end (积分年底清零)") Boolean pointsExpire,
                               @Schema(readOnly = true, description = "0 until the merchant saves settings; also the ETag")
                               Long version) {
        static SettingsView of(MerchantWalletSettings s) {
            return new SettingsView(s.withdrawalMinimum().toString(), s.transfersEnabled(), s.pointsExpire(),
                    s.version());
        }
    }

    @GET
    @Operation(operationId = "getWalletSettings", summary = "The merchant's wallet settings, the configured defaults until saved")
    public Response get() {
        return withETag(settings.settings(actor.get()));
    }

    @PUT
    @Idempotent
    @Operation(operationId = "updateWalletSettings", summary = "Change wallet settings; parts left out keep their value; If-Match the ETag; 400 WALLET_SETTINGS_INVALID, 412 VERSION_MISMATCH")
    public Response update(SettingsView body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (body == null) {
            throw DomainException.invalidField("withdrawalMinimum", ErrorCode.VALIDATION_FAILED,
                    "Give the settings to change");
        }
        return withETag(settings.update(actor.get(), new WalletSettingsChange(
                WalletFields.money("withdrawalMinimum", body.withdrawalMinimum()),
                Optional.ofNullable(body.transfersEnabled()), Optional.ofNullable(body.pointsExpire())),
                ETags.expectedVersion(ifMatch)));
    }

    private static Response withETag(MerchantWalletSettings s) {
        return Response.ok(SettingsView.of(s)).tag(String.valueOf(s.version())).build();
    }
}
