package dev.zhanggui.graphql.customer;

import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.Invite;
import dev.zhanggui.customer.InvitationService;
import dev.zhanggui.customer.Invitee;
import dev.zhanggui.graphql.customer.CustomerTypes.CustomerConnection;
import dev.zhanggui.graphql.customer.CustomerTypes.ReferrerNode;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.graphql.shared.PageInfo;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Page;
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
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Invitations (邀请有礼) over GraphQL: my invite code and invitees, naming my inviter; staff see a customer's invitees. */
@GraphQLApi
public class InvitationGraphQL {
    @Inject
    InvitationService invitations;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Type("Invite")
    @Description("My invitation (我的邀请): my code, how many customers I invited, who invited me")
    public record InviteNode(@NonNull String inviteCode, @NonNull long invitedCount, ReferrerNode referrer) {
        static InviteNode of(Invite invite) {
            return new InviteNode(invite.code().value(), invite.invitedCount(),
                    invite.referral().map(ReferrerNode::of).orElse(null));
        }
    }

    @Type("Invitee")
    @Description("A customer I invited; the phone number masked (138****0001)")
    public record InviteeNode(@NonNull String phone, String name, @NonNull Instant invitedAt,
                              @NonNull @Description("STAFF or SELF") String via) {
        static InviteeNode of(Invitee i) {
            return new InviteeNode(i.maskedPhone(), i.name().orElse(null), i.invitedAt(), i.via().name());
        }
    }

    @Type("InviteeEdge")
    public record InviteeEdge(@NonNull String cursor, @NonNull InviteeNode node) {
    }

    @Type("InviteeConnection")
    public record InviteeConnection(@NonNull List<@NonNull InviteeEdge> edges, @NonNull PageInfo pageInfo) {
        static InviteeConnection of(Page<Invitee> page) {
            List<InviteeEdge> edges = new ArrayList<>();
            for (int i = 0; i < page.items().size(); i++) {
                edges.add(new InviteeEdge(page.cursors().get(i), InviteeNode.of(page.items().get(i))));
            }
            return new InviteeConnection(edges, new PageInfo(page.next().isPresent(),
                    page.cursors().isEmpty() ? null : page.cursors().getLast()));
        }
    }

    @Type("InvitePayload")
    public record InvitePayload(InviteNode invite, @NonNull List<@NonNull UserError> errors) implements Payload {
        static InvitePayload refused(List<UserError> errors) {
            return new InvitePayload(null, errors);
        }
    }

    @Query("myInvite")
    @Description("My invite code (邀请码), how many customers I invited, and who invited me")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull InviteNode myInvite() {
        return InviteNode.of(invitations.myInvite(actor.get()));
    }

    @Query("myInvitees")
    @Description("The customers I invited, newest first")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull InviteeConnection myInvitees(@Name("first") @DefaultValue("20") int first,
                                                 @Name("after") String after) {
        return InviteeConnection.of(invitations.myInvitees(actor.get(), PageRequest.of(first, after)));
    }

    @Query("customerInvitees")
    @Description("The customers one customer invited, newest first")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull CustomerConnection customerInvitees(@NonNull @Id @Name("id") String id,
                                                        @Name("first") @DefaultValue("20") int first,
                                                        @Name("after") String after) {
        Page<Customer> page = invitations.inviteesOf(actor.get(), CustomerId.parse(id), PageRequest.of(first, after));
        return CustomerConnection.of(page);
    }

    @Mutation("setMyReferrer")
    @Description("Name who invited me by their invite code: once, within 7 days of registering and before my first "
            + "order (CUSTOMER_REFERRER_INVALID, CUSTOMER_REFERRER_ALREADY_SET, CUSTOMER_REFERRER_TOO_LATE)")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull InvitePayload setMyReferrer(@NonNull @Name("inviteCode") String inviteCode,
                                                @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("setMyReferrer", idempotencyKey, inviteCode, InvitePayload.class,
                () -> new InvitePayload(InviteNode.of(invitations.setMyReferrer(actor.get(), inviteCode)), List.of()),
                InvitePayload::refused);
    }
}
