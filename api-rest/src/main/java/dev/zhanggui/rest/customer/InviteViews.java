package dev.zhanggui.rest.customer;

import dev.zhanggui.customer.Invite;
import dev.zhanggui.customer.Invitee;
import dev.zhanggui.rest.customer.CustomerView.ReferrerView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A customer's invitation card and the customers they invited, as the REST API shows them. */
public final class InviteViews {
    private InviteViews() {
    }

    @Schema(name = "Invite", description = "My invitation (我的邀请): my code, how many I invited, who invited me")
    public record InviteView(@Schema(example = "K7WQ3MZP") String inviteCode, long invitedCount,
                             @Schema(nullable = true) ReferrerView referrer) {
        static InviteView of(Invite invite) {
            return new InviteView(invite.code().value(), invite.invitedCount(),
                    invite.referral().map(ReferrerView::of).orElse(null));
        }
    }

    @Schema(name = "Invitee", description = "A customer I invited; the phone number masked")
    public record InviteeView(@Schema(example = "138****0001") String phone, @Schema(nullable = true) String name,
                              Instant invitedAt, @Schema(description = "STAFF or SELF") String via) {
        static InviteeView of(Invitee invitee) {
            return new InviteeView(invitee.maskedPhone(), invitee.name().orElse(null), invitee.invitedAt(),
                    invitee.via().name());
        }
    }
}
