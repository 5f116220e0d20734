-- Wallets (钱包): one row per customer, the cache of the sums of its ledger. Amounts in fen,
-- points whole. The checks repeat the ledger's rules so that no code path can break them.
create table wallet (
    id               uuid         primary key,
    merchant_id      varchar(63)  not null references merchant (id),
    customer_id      uuid         not null references customer (id),
    principal_fen    bigint       not null default 0 check (principal_fen >= 0),
    bonus_fen        bigint       not null default 0 check (bonus_fen >= 0),
    points           bigint       not null default 0 check (points >= 0),
    credit_limit_fen bigint       not null default 0 check (credit_limit_fen >= 0),
    credit_in_use_fen bigint      not null default 0 check (credit_in_use_fen >= 0),
    frozen           boolean      not null default false,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null,
    constraint wallet_customer_unique unique (merchant_id, customer_id),
    constraint wallet_credit_within_limit check (credit_in_use_fen <= credit_limit_fen)
);
create index wallet_merchant_order on wallet (merchant_id, id);

-- The ledger (余额明细, 积分明细, 授信明细): append-only. An operation key is applied once per
-- wallet; an operation may append several lines (principal and bonus of one payment).
create table wallet_entry (
    id             uuid          primary key,
    merchant_id    varchar(63)   not null references merchant (id),
    wallet_id      uuid          not null references wallet (id),
    customer_id    uuid          not null references customer (id),
    operation_key  varchar(255)  not null,
    line           integer       not null,
    asset          varchar(16)   not null check (asset in ('BALANCE', 'POINTS', 'CREDIT')),
    sub_balance    varchar(16)   check (sub_balance in ('PRINCIPAL', 'BONUS')),
    amount         bigint        not null check (amount <> 0),
    balance_after  bigint        not null check (balance_after >= 0),
    reason         varchar(32)   not null,
    cause_kind     varchar(16)   not null,
    cause_ref      varchar(100)  not null,
    corrects       uuid          references wallet_entry (id),
    note           varchar(200),
    actor_kind     varchar(16)   not null,
    actor          varchar(255)  not null,
    occurred_at    timestamptz   not null,
    constraint wallet_entry_operation_unique unique (wallet_id, operation_key, line),
    constraint wallet_entry_sub_balance check ((asset = 'BALANCE') = (sub_balance is not null))
);
create index wallet_entry_newest on wallet_entry (wallet_id, id desc);
create index wallet_entry_corrects on wallet_entry (corrects) where corrects is not null;

-- Entries are never updated or deleted: a correction is a new entry.
create function wallet_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'wallet_entry is append-only: % is not allowed', tg_op using errcode = 'P0001';
end;
$$;
create trigger wallet_entry_no_update_or_delete before update or delete on wallet_entry
    for each row execute function wallet_entry_append_only();
create trigger wallet_entry_no_truncate before truncate on wallet_entry
    for each statement execute function wallet_entry_append_only();
