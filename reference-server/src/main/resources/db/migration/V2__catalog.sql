-- Catalog and inventory (商品, 门店, 库存). Substring search over Chinese names uses trigram indexes.
create extension if not exists pg_trgm;

-- A merchant setting: may products on sale be edited without taking them off shelf (下架后才可编辑)?
alter table merchant add column allow_edit_on_sale boolean not null default false;

create table category (
    id           uuid          primary key,
    merchant_id  varchar(63)   not null references merchant (id),
    parent_id    uuid          references category (id),
    name         varchar(64)   not null,
    icon_url     varchar(1000),
    sort_order   integer       not null default 0,
    created_at   timestamptz   not null,
    version      bigint        not null
);
create index category_tree on category (merchant_id, parent_id, sort_order);

create table store (
    id             uuid           primary key,
    merchant_id    varchar(63)    not null references merchant (id),
    name           varchar(100)   not null,
    address        varchar(300)   not null,
    latitude       numeric(9, 6)  not null,
    longitude      numeric(9, 6)  not null,
    opening_hours  varchar(200),
    phone          varchar(32),
    created_at     timestamptz    not null,
    version        bigint         not null
);
create index store_merchant on store (merchant_id);

-- Products (SPU). specs: [{"name": "颜色", "values": ["红", "黄"]}, ...]; images: ["https://..."].
create table product (
    id           uuid          primary key,
    merchant_id  varchar(63)   not null references merchant (id),
    code         varchar(64)   collate "C" not null,
    name         varchar(200)  not null,
    barcode      varchar(64)   collate "C",
    description  text,
    images       jsonb         not null default '[]',
    specs        jsonb         not null default '[]',
    sort_order   integer       not null default 0,
    status       varchar(16)   not null,
    sales_count  bigint        not null default 0,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null,
    constraint product_code_unique unique (merchant_id, code),
    constraint product_status_known check (status in ('ON_SALE', 'IN_WAREHOUSE', 'OFF_SHELF'))
);
create index product_listing on product (merchant_id, status, sort_order, id);
create index product_name_trgm on product using gin (name gin_trgm_ops);
create index product_code_trgm on product using gin (code gin_trgm_ops);
create index product_barcode on product (merchant_id, barcode);

create table product_category (
    product_id   uuid         not null references product (id) on delete cascade,
    category_id  uuid         not null references category (id),
    merchant_id  varchar(63)  not null references merchant (id),
    primary key (product_id, category_id)
);
create index product_category_by_category on product_category (category_id, product_id);

-- SKUs: one per combination of spec values. spec_values: [{"name": "颜色", "value": "红"}, ...].
-- Amounts in the currency's major unit with its minor digits (CNY: 2).
create table sku (
    id            uuid            primary key,
    merchant_id   varchar(63)     not null references merchant (id),
    product_id    uuid            not null references product (id) on delete cascade,
    position      integer         not null,
    spec_values   jsonb           not null default '[]',
    code          varchar(64)     collate "C" not null,
    barcode       varchar(64)     collate "C",
    currency      varchar(3)      not null,
    list_price    numeric(19, 2)  not null check (list_price >= 0),
    price         numeric(19, 2)  not null check (price >= 0),
    points_price  bigint          check (points_price >= 0),
    weight_grams  integer         not null default 0 check (weight_grams >= 0),
    constraint sku_code_unique unique (merchant_id, code)
);
create index sku_product on sku (product_id, position);
create index sku_barcode on sku (merchant_id, barcode);

-- Stock of a SKU at one location: the central warehouse (store_id null) or a store. available =
-- on_hand - reserved; a purchase decrements in one statement:
--   update stock_level set on_hand = on_hand - :q where id = :id and on_hand - reserved >= :q
create table stock_level (
    id           uuid         primary key,
    merchant_id  varchar(63)  not null references merchant (id),
    sku_id       uuid         not null references sku (id) on delete cascade,
    store_id     uuid         references store (id),
    on_hand      integer      not null check (on_hand >= 0),
    reserved     integer      not null default 0 check (reserved >= 0 and reserved <= on_hand),
    updated_at   timestamptz  not null,
    version      bigint       not null
);
create unique index stock_level_location on stock_level
    (sku_id, coalesce(store_id, '00000000-0000-0000-0000-000000000000'::uuid));
create index stock_level_store on stock_level (merchant_id, store_id);

-- Every change of stock, with who, when, why and the quantities before and after.
create table stock_movement (
    id           uuid          primary key,
    merchant_id  varchar(63)   not null references merchant (id),
    sku_id       uuid          not null references sku (id) on delete cascade,
    store_id     uuid          references store (id),
    reason       varchar(32)   not null,
    note         varchar(200),
    delta        integer       not null,
    on_hand_before integer     not null,
    on_hand_after  integer     not null check (on_hand_after >= 0),
    actor        varchar(255)  not null,
    caused_by    varchar(100),
    occurred_at  timestamptz   not null
);
create index stock_movement_by_sku on stock_movement (merchant_id, sku_id, occurred_at);
