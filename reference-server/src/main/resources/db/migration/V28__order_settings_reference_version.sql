-- Order settings (with the merchant's time zone) and customers' own payment terms, which every
-- checkout reads, are kept by servers as reference data too (V24 to V27).
create function bump_reference_version_of_merchant() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform bump_reference_version_of(old.id);
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.id <> old.id) then
        perform bump_reference_version_of(new.id);
    end if;
    return null;
end $$;

create trigger merchant_reference_changed after insert or update of id, time_zone or delete on merchant
    for each row execute function bump_reference_version_of_merchant();
create trigger order_setting_reference_changed after insert or update or delete on order_setting
    for each row execute function bump_reference_version();
create trigger customer_payment_terms_reference_changed after insert or update or delete on customer_payment_terms
    for each row execute function bump_reference_version();
