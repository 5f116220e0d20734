-- Customer groups' members and price lists, which every quote for a customer reads, are kept by
-- servers as reference data too (V24, V25): a write to them moves the merchant's reference version.
create trigger customer_group_member_reference_changed after insert or update or delete on customer_group_member
    for each row execute function bump_reference_version();
create trigger price_list_reference_changed after insert or update or delete on price_list
    for each row execute function bump_reference_version();
