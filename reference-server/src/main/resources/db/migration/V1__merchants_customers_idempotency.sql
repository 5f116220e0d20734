-- Tenants: every other table carries merchant_id and every query is confined by it.
create table merchant (
    id          varchar(63)  primary key,
    name        varchar(200) not null,
    time_zone   varchar(64)  not null default 'Asia/Shanghai',
    currency    varchar(3)      not null default 'CNY',
    created_at  timestamptz  not null default now()
);

-- Customers (会员): the mobile phone is the account, unique per merchant. phone is collated "C"
-- so that the unique index also serves prefix searches (like '138%').
create table customer (
    id                    uuid         primary key,
    merchant_id           varchar(63)  not null references merchant (id),
    phone                 varchar(32)  collate "C" not null,
    origin                varchar(32)  not null,
    account_subject       varchar(255),
    name                  varchar(64),
    email                 varchar(254),
    invoice_title         varchar(100),
    invoice_taxpayer_id   varchar(20),
    invoice_account_name  varchar(100),
    invoice_bank          varchar(100),
    invoice_bank_account  varchar(40),
    registered_at         timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null,
    constraint customer_phone_unique unique (merchant_id, phone)
);
create index customer_merchant_order on customer (merchant_id, id);

create table customer_address (
    id           uuid         primary key,
    merchant_id  varchar(63)  not null references merchant (id),
    customer_id  uuid         not null references customer (id) on delete cascade,
    position     integer      not null,
    recipient    varchar(64)  not null,
    phone        varchar(32)  not null,
    province     varchar(32)  not null,
    city         varchar(32)  not null,
    district     varchar(32)  not null,
    detail       varchar(200) not null,
    postal_code  varchar(6),
    is_default   boolean      not null
);
create index customer_address_customer on customer_address (customer_id, position);

create table customer_tag (
    customer_id  uuid         not null references customer (id) on delete cascade,
    merchant_id  varchar(63)  not null references merchant (id),
    tag          varchar(32)  not null,
    primary key (customer_id, tag)
);
create index customer_tag_lookup on customer_tag (merchant_id, tag, customer_id);

-- Idempotency keys of mutating API calls, scoped to merchant + principal, kept at least 24 h.
create table idempotency_record (
    merchant_id            varchar(63)  not null,
    principal              varchar(255) not null,
    idempotency_key        varchar(255) not null,
    fingerprint            varchar(64)     not null,
    claimed_at             timestamptz  not null,
    completed_at           timestamptz,
    response_status        integer,
    response_content_type  varchar(100),
    response_headers       text,
    response_body          text,
    primary key (merchant_id, principal, idempotency_key)
);
create index idempotency_record_claimed_at on idempotency_record (claimed_at);
