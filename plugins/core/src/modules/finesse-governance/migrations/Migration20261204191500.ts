import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Hand-written: the audit log is append-only in the database itself, so no code path (and no forgotten ORM call)
 * can change or delete an entry. Anyone who bypasses this (a superuser disabling the trigger) still cannot hide it:
 * the hash chain no longer verifies.
 */
export class Migration20261204191500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function finesse_audit_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'finesse_audit_entry is append-only (% refused)', tg_op;
      end $$;`)
    this.addSql(`drop trigger if exists finesse_audit_entry_append_only on "finesse_audit_entry";`)
    this.addSql(`create trigger finesse_audit_entry_append_only before update or delete on "finesse_audit_entry"
      for each row execute function finesse_audit_append_only();`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists finesse_audit_entry_append_only on "finesse_audit_entry";`)
    this.addSql(`drop function if exists finesse_audit_append_only();`)
  }
}
