-- The priced catalog that every quote reads (SqlPricingCatalog: each on-sale SKU with its price,
-- weight and its product's categories and their ancestors) is kept by servers as reference data
-- too (V24): a write to what it reads moves the merchant's reference version. A product's other
-- columns (its sales count, written every second under load, its texts and pictures) do not.
create trigger sku_reference_changed after insert or update or delete on sku
    for each row execute function bump_reference_version();
create trigger product_reference_written after insert or delete on product
    for each row execute function bump_reference_version();
create trigger product_reference_changed after update of status, merchant_id on product
    for each row when (old.status is distinct from new.status or old.merchant_id is distinct from new.merchant_id)
    execute function bump_reference_version();
create trigger product_category_reference_changed after insert or update or delete on product_category
    for each row execute function bump_reference_version();
create trigger category_reference_changed after insert or update or delete on category
    for each row execute function bump_reference_version();

-- One new version per merchant and transaction, however many rows it writes: an import of ten
-- thousand products would otherwise update the version row ten thousand times in one transaction,
-- each update walking the ever longer chain of its own row versions. The merchants already bumped
-- are noted in a transaction-local setting, undone with the transaction (or savepoint) like the
-- version itself.
create or replace function bump_reference_version_of(merchant varchar) returns void language plpgsql as $$
declare
    bumped text := coalesce(nullif(current_setting('zhanggui.reference_bumped', true), ''), ',');
begin
    if position(',' || merchant || ',' in bumped) > 0 then
        return;
    end if;
    insert into reference_version (merchant_id, version) values (merchant, nextval('reference_version_value'))
    on conflict (merchant_id) do update set version = excluded.version;
    perform set_config('zhanggui.reference_bumped', bumped || merchant || ',', true);
end $$;
