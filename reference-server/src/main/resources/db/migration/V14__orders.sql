-- Orders (订单), carts (购物车), order numbers, order settings and holidays. An order is stored
-- whole as a jsonb document (its lines, tenders, price changes, packages, events: what the
-- aggregate is), next to the columns that lists, filters, claims and payment terms query. The
-- document is written and read by server.order.OrderDocuments; the columns are derived from the
-- same aggregate on every write, so the two never disagree.
create table customer_order (
    id                 uuid          primary key,
    merchant_id        varchar(63)   not null references merchant (id),
    number             varchar(40)   not null,
    customer_id        uuid          not null references customer (id),
    status             varchar(20)   not null check (status in ('DRAFT', 'PENDING_PAYMENT', 'PENDING_REVIEW',
                                         'TO_SHIP', 'SHIPPED', 'COMPLETED', 'CLOSED', 'VOIDED', 'CANCELLING')),
    source             varchar(16)   not null,
    salesperson        varchar(255),
    -- every tender type the order names: its tenders and the rest of its payment plan
    tender_types       varchar(20)[] not null,
    total_fen          bigint        not null check (total_fen >= 0),
    amount_due_fen     bigint        not null check (amount_due_fen >= 0),
    unsettled_cod      boolean       not null,
    verification_code  varchar(32),
    verified_by        varchar(255),
    verified_at        timestamptz,
    payment_deadline   timestamptz,
    receipt_due        timestamptz,
    completed_at       timestamptz,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null,
    document           jsonb         not null,
    constraint customer_order_number_unique unique (merchant_id, number),
    constraint customer_order_code_unique unique (merchant_id, verification_code)
);
-- ids are time-ordered: "newest first" is "id desc"
create index customer_order_newest on customer_order (merchant_id, id desc);
create index customer_order_customer on customer_order (merchant_id, customer_id, id desc);
create index customer_order_status on customer_order (merchant_id, status, id desc);
create index customer_order_created on customer_order (merchant_id, created_at);
create index customer_order_unpaid_due on customer_order (payment_deadline) where status = 'PENDING_PAYMENT';
create index customer_order_receipt_due on customer_order (receipt_due) where status = 'SHIPPED';
create index customer_order_verified on customer_order (merchant_id, verified_at desc, id desc)
    where verified_at is not null;

-- The order lines again, one row each, for what other contexts ask of purchases: reviews (a
-- completed line of a product), time-limited price caps (units bought at a flash price), sales.
create table order_line (
    id               uuid          primary key,
    order_id         uuid          not null references customer_order (id),
    line             integer       not null,
    merchant_id      varchar(63)   not null references merchant (id),
    customer_id      uuid          not null references customer (id),
    sku_id           uuid          not null,
    product_id       uuid          not null,
    quantity         integer       not null check (quantity > 0),
    total_fen        bigint        not null,
    price_tier       varchar(16)   not null,
    price_source_id  varchar(64),
    constraint order_line_unique unique (order_id, line)
);
create index order_line_customer_product on order_line (merchant_id, customer_id, product_id);
create index order_line_flash on order_line (merchant_id, customer_id, price_source_id)
    where price_tier = 'FLASH_PRICE';

-- One cart per customer; its lines are a small jsonb array [{sku, quantity, store}].
create table cart (
    merchant_id  varchar(63)  not null references merchant (id),
    customer_id  uuid         not null references customer (id),
    lines        jsonb        not null,
    updated_at   timestamptz  not null,
    version      bigint       not null,
    primary key (merchant_id, customer_id)
);

-- The daily sequence of order numbers: one counter row per merchant and day, incremented in one
-- statement (insert ... on conflict do update ... returning).
create table order_sequence (
    merchant_id  varchar(63)  not null references merchant (id),
    day          date         not null,
    value        bigint       not null,
    primary key (merchant_id, day)
);

-- A merchant's order settings; a missing row means the defaults (OrderSettings.DEFAULT), with the
-- merchant's time zone.
create table order_setting (
    merchant_id                 varchar(63)  primary key references merchant (id),
    number_prefix               varchar(12)  not null check (number_prefix ~ '^[0-9]{1,12}$'),
    payment_timeout_seconds     bigint       not null check (payment_timeout_seconds > 0),
    receipt_period_seconds      bigint       not null check (receipt_period_seconds > 0),
    review_required             boolean      not null,
    points_per_unit             bigint       not null check (points_per_unit > 0),
    points_unit_fen             bigint       not null check (points_unit_fen > 0),
    first_order_may_pay_cod     boolean      not null,
    returning_may_pay_cod       boolean      not null,
    unsettled_cod_blocks_next   boolean      not null,
    version                     bigint       not null
);

-- Payment terms set for one customer, overriding the merchant's (付款规则).
create table customer_payment_terms (
    merchant_id                 varchar(63)  not null references merchant (id),
    customer_id                 uuid         not null references customer (id),
    first_order_may_pay_cod     boolean      not null,
    returning_may_pay_cod       boolean      not null,
    unsettled_cod_blocks_next   boolean      not null,
    primary key (merchant_id, customer_id)
);

-- The merchant's holidays (法定节假日), skipped when counting working days for delivery dates.
create table merchant_holiday (
    merchant_id  varchar(63)  not null references merchant (id),
    day          date         not null,
    primary key (merchant_id, day)
);

-- The dashboard counts the customers who registered each day.
create index customer_registered on customer (merchant_id, registered_at);
