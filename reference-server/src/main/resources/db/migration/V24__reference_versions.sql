-- A merchant's reference version: a new value with every write to the reference data that each
-- quote reads (member levels, carriers, promotions, pricing settings). Servers keep that data in
-- memory and trust it only while the version they read in their transaction is the one it was
-- loaded at (MerchantReferenceCache). The value comes from a sequence, not a counter, so that a
-- rolled-back write never leaves a number a later write would take again. Written by the triggers
-- below in the writer's own transaction: whoever reads after the commit sees the new version.
create sequence reference_version_value;

create table reference_version (
    merchant_id varchar(63) primary key,
    version     bigint      not null
);

create function bump_reference_version_of(merchant varchar) returns void language sql as $$
    insert into reference_version (merchant_id, version) values (merchant, nextval('reference_version_value'))
    on conflict (merchant_id) do update set version = excluded.version;
$$;

create function bump_reference_version() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform bump_reference_version_of(old.merchant_id);
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.merchant_id <> old.merchant_id) then
        perform bump_reference_version_of(new.merchant_id);
    end if;
    return null;
end $$;

create trigger member_level_reference_changed after insert or update or delete on member_level
    for each row execute function bump_reference_version();
create trigger carrier_reference_changed after insert or update or delete on carrier
    for each row execute function bump_reference_version();
create trigger promotion_reference_changed after insert or update or delete on promotion
    for each row execute function bump_reference_version();
create trigger pricing_setting_reference_changed after insert or update or delete on pricing_setting
    for each row execute function bump_reference_version();
