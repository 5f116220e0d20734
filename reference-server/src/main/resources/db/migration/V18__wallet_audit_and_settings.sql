-- The audit trail of wallet settings (操作记录): freezes, unfreezes and credit-limit changes move no
-- asset, so they are not ledger entries; each is kept here with who, when, before and after, and the
-- reason given. Append-only, like the ledger.
create table wallet_audit (
    id           uuid          primary key,
    merchant_id  varchar(63)   not null references merchant (id),
    wallet_id    uuid          not null references wallet (id),
    customer_id  uuid          not null references customer (id),
    change       varchar(32)   not null check (change in ('FROZEN', 'UNFROZEN', 'CREDIT_LIMIT_CHANGED')),
    before_value varchar(32)   not null,
    after_value  varchar(32)   not null,
    note         varchar(200),
    actor_kind   varchar(16)   not null,
    actor        varchar(255)  not null,
    occurred_at  timestamptz   not null
);
create index wallet_audit_newest on wallet_audit (merchant_id, customer_id, id desc);

create function wallet_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'wallet_audit is append-only: % is not allowed', tg_op using errcode = 'P0001';
end;
$$;
create trigger wallet_audit_no_update_or_delete before update or delete on wallet_audit
    for each row execute function wallet_audit_append_only();
create trigger wallet_audit_no_truncate before truncate on wallet_audit
    for each statement execute function wallet_audit_append_only();

-- A merchant's wallet settings (钱包设置); no row means the server's configured defaults
-- (zhanggui.wallets.*). The version is what If-Match names.
create table wallet_settings (
    merchant_id            varchar(63)  primary key references merchant (id),
    withdrawal_minimum_fen bigint       not null check (withdrawal_minimum_fen between 100 and 10000000),
    transfers_enabled      boolean      not null,
    points_expire          boolean      not null,
    version                bigint       not null check (version > 0),
    updated_at             timestamptz  not null,
    updated_by             varchar(255) not null
);
