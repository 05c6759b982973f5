import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The BM25 snapshot of the suggested-replies index is binary (lib encodeBm25Snapshot): a bytea column, which the
 * model DSL cannot declare.
 */
export class Migration20261204200129 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "finesse_after_sales_reply_index" add column if not exists "blob" bytea null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "finesse_after_sales_reply_index" drop column if exists "blob";`);
  }

}
