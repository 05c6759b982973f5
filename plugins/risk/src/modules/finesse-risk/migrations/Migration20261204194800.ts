import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The counter table read at order placement, written by hand (it has no model): one lean row per scored checkout
 * or order with its identifiers as 64-bit keyed hashes (lib `storedKeyColumns`), so velocity per identifier and
 * window, the account's earlier orders and the account–identifier links are each one index range read. No
 * id/updated_at/deleted_at columns: a million orders take about a third of the space of a model table.
 */
export class Migration20261204194800 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "finesse_risk_use" (
      "ref" text not null primary key,
      "order_id" text null,
      "account" bigint not null,
      "account_created_at" timestamptz null,
      "at" timestamptz not null,
      "email" bigint null,
      "ip" bigint null,
      "card" bigint null,
      "address" bigint null,
      "device" bigint null
    );`)
    for (const c of ["email", "ip", "card", "address", "device"]) {
      this.addSql(`create index if not exists "IDX_finesse_risk_use_${c}" on "finesse_risk_use" ("${c}", "at") where "${c}" is not null;`)
    }
    this.addSql(`create index if not exists "IDX_finesse_risk_use_account" on "finesse_risk_use" ("account", "at");`)
    this.addSql(`create index if not exists "IDX_finesse_risk_use_order" on "finesse_risk_use" ("order_id") where "order_id" is not null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finesse_risk_use" cascade;`)
  }
}
