import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125170049 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_event_order_id" ON "finesse_event" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_event_cart_id" ON "finesse_event" ("cart_id") WHERE cart_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_finesse_event_order_id";`);
    this.addSql(`drop index if exists "IDX_finesse_event_cart_id";`);
  }

}
