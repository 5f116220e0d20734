-- Online payments (在线支付) through a gateway, for any purpose (top-ups now, orders later).
-- The out trade number is what the gateway knows the payment by; it is unique across merchants
-- because a gateway's notification names no merchant. PENDING -> PAID is one conditional update.
create table payment (
    id               uuid          primary key,
    merchant_id      varchar(63)   not null references merchant (id),
    payer_id         uuid          not null references customer (id),
    purpose          varchar(16)   not null check (purpose in ('TOP_UP', 'ORDER')),
    reference        varchar(100)  not null,
    amount_fen       bigint        not null check (amount_fen > 0),
    gateway          varchar(32)   not null,
    out_trade_no     varchar(32)   not null,
    status           varchar(16)   not null check (status in ('PENDING', 'PAID', 'CLOSED')),
    gateway_trade_no varchar(64),
    created_at       timestamptz   not null,
    paid_at          timestamptz,
    constraint payment_out_trade_no_unique unique (out_trade_no),
    constraint payment_paid_has_trade_no check (status <> 'PAID' or (gateway_trade_no is not null and paid_at is not null))
);
create index payment_merchant_order on payment (merchant_id, id);

-- Every verified notification and what became of it (confirmed, repeated, refused): append-only.
create table payment_notice (
    id               uuid          primary key,
    merchant_id      varchar(63)   not null references merchant (id),
    payment_id       uuid          not null references payment (id),
    gateway          varchar(32)   not null,
    gateway_trade_no varchar(64)   not null,
    amount_fen       bigint        not null,
    outcome          varchar(16)   not null check (outcome in ('CONFIRMED', 'REPEATED', 'AMOUNT_MISMATCH', 'NOT_PENDING')),
    received_at      timestamptz   not null
);
create index payment_notice_payment on payment_notice (payment_id, received_at);

-- Top-up plans (充值方案, 充值返现): pay amount, receive bonus on top.
create table topup_plan (
    id          uuid          primary key,
    merchant_id varchar(63)   not null references merchant (id),
    name        varchar(50)   not null,
    amount_fen  bigint        not null check (amount_fen > 0),
    bonus_fen   bigint        not null check (bonus_fen >= 0),
    active      boolean       not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null,
    constraint topup_plan_bonus_within_amount check (bonus_fen <= amount_fen)
);
create index topup_plan_merchant_amount on topup_plan (merchant_id, amount_fen);

-- A customer's online top-up, keyed by the payment that pays it; the amounts are copied from the
-- plan when it starts (the plan may change or go afterwards, so no foreign key to it).
create table topup (
    payment_id    uuid          primary key references payment (id),
    merchant_id   varchar(63)   not null references merchant (id),
    customer_id   uuid          not null references customer (id),
    plan_id       uuid,
    principal_fen bigint        not null check (principal_fen > 0),
    bonus_fen     bigint        not null check (bonus_fen >= 0),
    created_at    timestamptz   not null
);

-- Daily check-ins (每日签到): one per customer and business day (in the merchant's time zone).
create table check_in (
    merchant_id   varchar(63)   not null references merchant (id),
    customer_id   uuid          not null references customer (id),
    day           date          not null,
    streak        integer       not null check (streak between 1 and 31),
    points        bigint        not null check (points >= 0),
    checked_in_at timestamptz   not null,
    primary key (merchant_id, customer_id, day)
);

-- A merchant's check-in rules as {code, args} data, in order; no rows means the defaults.
create table points_rule_set (
    merchant_id varchar(63)   primary key references merchant (id),
    rules       jsonb         not null,
    updated_at  timestamptz   not null
);

-- Withdrawals (提现): the amount is held by a WITHDRAWAL ledger entry when requested.
create table withdrawal (
    id           uuid          primary key,
    merchant_id  varchar(63)   not null references merchant (id),
    customer_id  uuid          not null references customer (id),
    amount_fen   bigint        not null check (amount_fen > 0),
    status       varchar(16)   not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED', 'PAID')),
    hold_entry   uuid          not null references wallet_entry (id),
    note         varchar(200),
    requested_at timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null
);
create index withdrawal_merchant_newest on withdrawal (merchant_id, id desc);
create index withdrawal_customer_newest on withdrawal (merchant_id, customer_id, id desc);
