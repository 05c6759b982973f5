import { Command, CommanderError, InvalidArgumentError } from "commander"
import { parseDay } from "@finesse/core/lib/retail/read-retail"
import { trainForYou } from "../lib/models/for-you"
import { dayAfterLast, readPurchases } from "./read-purchases"
import { evaluateHoldout } from "./evaluate-holdout"
import { writeTopK } from "./write-top-k"

/**
 * `npm run finesse -- recommend`: trains the "for you" recommender (recency-weighted EASE + purchase history +
 * trending, see lib/ranking/for-you-ranker.ts) on an Online Retail file, then either evaluates it on a later file
 * (protocol R of the data README) or writes top-k lists for a list of customers.
 *
 * Methods tried on protocol R, k = 10 (numpy prototypes of the same definitions; NDCG@10 on the test window,
 * R-all / R-new): popularity 0.087 / 0.038; item-kNN cosine 0.184 / 0.072; RP3beta (β 0.5) 0.222 / 0.074;
 * implicit ALS (64 factors, α 5) 0.260 / 0.090; EASE λ 300 0.269 / 0.103; own history then popularity 0.343 / –;
 * EASE on a recency-weighted matrix + trending – / 0.116; this blend 0.372 / 0.117 (HR@10 0.836 / 0.539).
 * Every choice (λ, half-lives, blend weights) was made on a validation split inside the training period
 * (train before 2011-09-22, validate 2011-09-22 … 2011-10-31), never on the test window.
 */
function positiveInt(v: string): number {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a positive integer")
  return n
}

export async function run(argv: string[]): Promise<number> {
  const program = new Command("recommend")
    .description("train and evaluate recommenders on Online Retail files, or write top-k lists")
    .requiredOption("--train <csv>", "training purchases (Online Retail layout, .csv or .csv.gz)")
    .option("--test <csv>", "later purchases to evaluate on (protocol R)")
    .option("--customers <file>", "customer ids, one a line, to write top-k lists for")
    .option("--out <csv>", "where to write customer_id,rank,stock_code,score")
    .option("--k <n>", "list length", positiveInt, 10)
    .option("--protocol <p>", "all: truth is every test item; new: items bought in train are excluded", "all")
    .option("--now <YYYY-MM-DD>", "reference day for recency (default: the day after the last training purchase)")
    .exitOverride()
  try {
    program.parse(argv, { from: "user" })
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2
    throw e
  }
  const o = program.opts<{ train: string; test?: string; customers?: string; out?: string; k: number; protocol: string; now?: string }>()
  if (o.protocol !== "all" && o.protocol !== "new") return usage(`--protocol must be all or new, got ${o.protocol}`)
  if (!o.test && !(o.customers && o.out)) return usage("give --test <csv>, or --customers <file> with --out <csv>")
  if (o.test && (o.customers || o.out)) return usage("--test cannot be combined with --customers/--out")

  try {
    return await execute({ ...o, protocol: o.protocol })
  } catch (e) {
    // a missing or unreadable file is a user mistake: one line, not a stack trace
    console.error(`recommend: ${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
}

async function execute(o: { train: string; test?: string; customers?: string; out?: string; k: number; protocol: "all" | "new"; now?: string }): Promise<number> {
  const t0 = performance.now()
  const train = await readPurchases(o.train)
  const now = o.now ? parseDay(o.now) : dayAfterLast(train.purchases)
  const model = trainForYou(train.purchases, { now })
  const t1 = performance.now()
  console.error(
    `[recommend] trained on ${train.purchases.length} purchase lines (${model.history.users.size} customers × ` +
      `${model.history.items.size} items) in ${((t1 - t0) / 1000).toFixed(1)} s`
  )
  if (o.test) {
    const m = await evaluateHoldout(model, train.purchases, o.test, o.protocol, o.k)
    console.error(`[recommend] evaluated ${m.users} customers (protocol R-${o.protocol})`)
    console.log(`HR@${o.k}=${m.hr.toFixed(4)}`)
    console.log(`Recall@${o.k}=${m.recall.toFixed(4)}`)
    console.log(`NDCG@${o.k}=${m.ndcg.toFixed(4)}`)
  } else {
    const rows = await writeTopK(model, o.customers!, o.out!, o.k)
    console.error(`[recommend] wrote ${rows} rows to ${o.out}`)
  }
  return 0
}

function usage(msg: string): number {
  console.error(`recommend: ${msg}`)
  return 2
}
