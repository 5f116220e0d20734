-- Pricing and promotions (价格, 营销, 优惠券, 运费). Amounts like the catalog's: numeric with the
-- currency's minor digits (CNY: 2). Configuration aggregates are stored whole: their nested terms
-- (price list entries, regional rates, promotion rules, coupon benefit/scope/validity) are jsonb
-- documents written and read by the adapters in server.pricing / server.promotion.

-- One row per merchant that changed a pricing setting; a missing row means the defaults.
create table pricing_setting (
    merchant_id      varchar(63)  primary key references merchant (id),
    level_basis      varchar(16)  not null default 'LIFETIME_EARNED' check (level_basis in ('LIFETIME_EARNED', 'CURRENT')),
    unit_price_rule  varchar(32)  not null default 'LOWEST',
    gift_pack        jsonb        not null default '[]'
);

-- Member levels (会员级别).
create table member_level (
    id                  uuid           primary key,
    merchant_id         varchar(63)    not null references merchant (id),
    name                varchar(32)    not null,
    points_requirement  bigint         not null check (points_requirement >= 0),
    discount_rate       numeric(6, 4)  not null check (discount_rate > 0 and discount_rate <= 1),
    version             bigint         not null,
    constraint member_level_name_unique unique (merchant_id, name),
    constraint member_level_requirement_unique unique (merchant_id, points_requirement)
);

-- Level prices (等级会员价): one per level and SKU.
create table level_price (
    merchant_id  varchar(63)     not null references merchant (id),
    level_id     uuid            not null references member_level (id) on delete cascade,
    sku_id       uuid            not null references sku (id) on delete cascade,
    price        numeric(19, 2)  not null check (price >= 0),
    primary key (level_id, sku_id)
);

-- Customer groups (客户分组) and their members.
create table customer_group (
    id           uuid         primary key,
    merchant_id  varchar(63)  not null references merchant (id),
    name         varchar(64)  not null,
    version      bigint       not null
);
create index customer_group_merchant on customer_group (merchant_id, id);

create table customer_group_member (
    group_id     uuid         not null references customer_group (id) on delete cascade,
    customer_id  uuid         not null references customer (id) on delete cascade,
    merchant_id  varchar(63)  not null references merchant (id),
    primary key (group_id, customer_id)
);
create index customer_group_member_customer on customer_group_member (merchant_id, customer_id);

-- Price lists (价格表) for a group or one customer; entries: {"<sku>": [{"min": 1, "price": "10.00"}, ...]}.
create table price_list (
    id                 uuid          primary key,
    merchant_id        varchar(63)   not null references merchant (id),
    name               varchar(64)   not null,
    owner_group_id     uuid          references customer_group (id) on delete cascade,
    owner_customer_id  uuid          references customer (id) on delete cascade,
    valid_from         timestamptz   not null,
    valid_until        timestamptz,
    entries            jsonb         not null,
    version            bigint        not null,
    constraint price_list_one_owner check ((owner_group_id is null) <> (owner_customer_id is null))
);
create index price_list_merchant on price_list (merchant_id, id);

-- Time-limited prices (限时购).
create table flash_price (
    id                uuid            primary key,
    merchant_id       varchar(63)     not null references merchant (id),
    sku_id            uuid            not null references sku (id) on delete cascade,
    price             numeric(19, 2)  not null check (price >= 0),
    valid_from        timestamptz     not null,
    valid_until       timestamptz     not null,
    per_customer_cap  integer         check (per_customer_cap >= 1),
    version           bigint          not null
);
create index flash_price_running on flash_price (merchant_id, sku_id, valid_until);

-- Carriers (物流公司); regional_rates: [{"provinces": ["新疆"], "firstKg": "20.00", "perAdditionalKg": "8.00"}].
create table carrier (
    id                  uuid            primary key,
    merchant_id         varchar(63)     not null references merchant (id),
    name                varchar(64)     not null,
    first_kg            numeric(19, 2)  not null check (first_kg >= 0),
    per_additional_kg   numeric(19, 2)  not null check (per_additional_kg >= 0),
    regional_rates      jsonb           not null default '[]',
    enabled             boolean         not null,
    version             bigint          not null
);
create index carrier_merchant on carrier (merchant_id, id);

-- Promotions (营销活动): conditions [{"code": ..., "args": {...}}], action {"code": ..., "args": {...}}.
create table promotion (
    id           uuid          primary key,
    merchant_id  varchar(63)   not null references merchant (id),
    name         varchar(64)   not null,
    valid_from   timestamptz   not null,
    valid_until  timestamptz,
    conditions   jsonb         not null,
    action       jsonb         not null,
    priority     integer       not null,
    enabled      boolean       not null,
    version      bigint        not null
);
create index promotion_merchant on promotion (merchant_id, id);

-- Coupon templates (优惠券). issued is the hot counter of CouponIssuance:
--   update coupon_template set issued = issued + 1 where id = ? and issued < total_quantity
create table coupon_template (
    id                   uuid            primary key,
    merchant_id          varchar(63)     not null references merchant (id),
    name                 varchar(64)     not null,
    benefit              jsonb           not null,
    minimum_spend        numeric(19, 2)  not null check (minimum_spend >= 0),
    scope                jsonb           not null,
    validity             jsonb           not null,
    total_quantity       integer         not null check (total_quantity >= 1),
    per_customer_limit   integer         not null check (per_customer_limit >= 1),
    stackable            boolean         not null,
    enabled              boolean         not null,
    issued               integer         not null default 0,
    version              bigint          not null,
    constraint coupon_template_within_total check (issued >= 0 and issued <= total_quantity)
);
create index coupon_template_merchant on coupon_template (merchant_id, id);

-- How many coupons of a template a customer ever received (the per-customer limit's counter).
create table coupon_holding (
    template_id  uuid         not null references coupon_template (id),
    customer_id  uuid         not null references customer (id) on delete cascade,
    merchant_id  varchar(63)  not null references merchant (id),
    held         integer      not null default 0 check (held >= 0),
    primary key (template_id, customer_id)
);

-- Redemption codes (兑换码), upper case; redeemed counts the claims made with the code.
create table coupon_code (
    merchant_id       varchar(63)  not null references merchant (id),
    code              varchar(32)  collate "C" not null,
    template_id       uuid         not null references coupon_template (id),
    redemption_limit  integer      not null check (redemption_limit >= 1),
    redeemed          integer      not null default 0,
    primary key (merchant_id, code),
    constraint coupon_code_within_limit check (redeemed >= 0 and redeemed <= redemption_limit)
);
create index coupon_code_template on coupon_code (template_id, code);

-- Coupons customers hold (我的优惠券).
create table coupon (
    id           uuid          primary key,
    merchant_id  varchar(63)   not null references merchant (id),
    template_id  uuid          not null references coupon_template (id),
    customer_id  uuid          not null references customer (id) on delete cascade,
    valid_from   timestamptz   not null,
    valid_until  timestamptz,
    source       varchar(16)   not null check (source in ('CODE', 'GRANT', 'GIFT_PACK')),
    issued_at    timestamptz   not null,
    status       varchar(16)   not null check (status in ('AVAILABLE', 'RESERVED', 'USED', 'EXPIRED')),
    order_ref    varchar(100),
    used_at      timestamptz,
    version      bigint        not null
);
create index coupon_holder on coupon (merchant_id, customer_id, id desc);
