-- Invite codes (邀请码) and who invited whom; earning rules; the points awarded for purchases and
-- referrals (购物积分, 推荐奖励, 拉新奖励).

-- Every customer has a short code of their own, unique per merchant (the unique key is what makes
-- it unique under concurrency: a clash is drawn again), and at most one inviter, of the same
-- merchant, set once.
alter table customer add column invite_code varchar(16) collate "C";
alter table customer add column referrer_id uuid references customer (id);
alter table customer add column referred_via varchar(8) check (referred_via in ('STAFF', 'SELF'));
alter table customer add column referred_at timestamptz;
alter table customer add constraint customer_invite_code_unique unique (merchant_id, invite_code);
alter table customer add constraint customer_referrer_not_self check (referrer_id <> id);
alter table customer add constraint customer_referral_complete
    check ((referrer_id is null) = (referred_at is null) and (referrer_id is null) = (referred_via is null));
create index customer_invitees on customer (merchant_id, referrer_id, id) where referrer_id is not null;

-- Customers registered before invite codes existed get one now: 8 characters without 0/O/1/I, as
-- RandomInviteCodes draws them; a clash draws again.
do $$
declare
    alphabet constant text := '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
    c record;
    code text;
begin
    for c in select id from customer where invite_code is null loop
        loop
            code := '';
            for i in 1..8 loop
                code := code || substr(alphabet, 1 + floor(random() * 32)::int, 1);
            end loop;
            begin
                update customer set invite_code = code where id = c.id;
                exit;
            exception when unique_violation then
                -- taken by another customer of the merchant: draw again
            end;
        end loop;
    end loop;
end;
$$;
alter table customer alter column invite_code set not null;

-- A merchant's earning rules as {code, args} data (purchase_reward, referral_first_order,
-- downline_bonus, ...); no row means the defaults.
create table earning_rule_set (
    merchant_id varchar(63)   primary key references merchant (id),
    rules       jsonb         not null,
    updated_at  timestamptz   not null
);

-- Points awards: a snapshot of each reward (what earned it, whose wallet, the money reckoned on,
-- the rule applied, the wallet operation that credited it). The unique key makes each one once:
-- per order for PURCHASE, per invitee for REFERRAL and DOWNLINE, also when two completions race.
create table points_award (
    id                uuid          primary key,
    merchant_id       varchar(63)   not null references merchant (id),
    kind              varchar(16)   not null check (kind in ('PURCHASE', 'REFERRAL', 'DOWNLINE')),
    claim             varchar(100)  not null,
    customer_id       uuid          not null references customer (id),
    order_number      varchar(100),
    invitee_id        uuid          references customer (id),
    basis_fen         bigint        not null check (basis_fen >= 0),
    points            bigint        not null check (points >= 0),
    rule_code         varchar(64),
    rule_args         jsonb,
    operation_key     varchar(255),
    awarded_at        timestamptz   not null,
    constraint points_award_once unique (merchant_id, kind, claim),
    constraint points_award_credited check ((points > 0) = (operation_key is not null)),
    constraint points_award_rule check ((rule_code is null) = (rule_args is null))
);
create index points_award_order on points_award (merchant_id, order_number) where order_number is not null;
create index points_award_earner on points_award (merchant_id, customer_id, kind);
