import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Covering indexes for the KPI report's range reads (hand-written: the data model language has no INCLUDE): the
 * top lists over daily product sales and the new/returning customer counts over order facts become index-only
 * scans of the range instead of reading every row of the table.
 */
export class Migration20261125210000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_daily_product_sales_kpi_cover" ON "finesse_daily_product_sales" ("currency_code", "day") INCLUDE ("sales_channel_id", "region_id", "product_id", "category_id", "units", "revenue", "cost", "margin", "orders") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_order_fact_kpi_cover" ON "finesse_order_fact" ("currency_code", "placed_at") INCLUDE ("customer_id", "customer_order_index", "status", "sales_channel_id", "region_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_finesse_daily_product_sales_kpi_cover";`);
    this.addSql(`DROP INDEX IF EXISTS "IDX_finesse_order_fact_kpi_cover";`);
  }

}
