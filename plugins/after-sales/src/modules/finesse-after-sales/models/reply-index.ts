import { model } from "@medusajs/framework/utils"

/**
 * The BM25 index of resolved cases (lib Bm25Index snapshot), rebuilt incrementally by the replies-index job. The
 * snapshot itself is a `bytea` column `blob` added by the migration (the model DSL has no binary type).
 */
const FinesseAfterSalesReplyIndex = model
  .define("finesse_after_sales_reply_index", {
  id: model.id({ prefix: "fasidx" }).primaryKey(),
  version: model.number(),
  documents: model.number(),
  // the last resolved case included (resolved_at, id): the job adds what came after
  cursor_at: model.dateTime().nullable(),
  cursor_id: model.text().nullable(),
  bytes: model.number().default(0),
  })
  .indexes([{ on: ["version"], unique: true }])

export default FinesseAfterSalesReplyIndex
