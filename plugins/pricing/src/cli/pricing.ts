// `npm run finesse -- pricing elasticity --orders <file.csv[.gz]> [--min-obs 8] [--out file.csv]`:
// price elasticity per product of an Online Retail file (log-log, seasonality, promotion control, evidence flag).
import { existsSync, statSync } from "node:fs"
import { Command, CommanderError, InvalidArgumentError } from "commander"
import { DEFAULT_ELASTICITY } from "../lib/elasticity/estimate-elasticity"
import { retailElasticities, summariseEstimates, writeElasticityCsv } from "./retail-elasticity"

const ELASTICITY_HELP = `
Input: Online Retail lines (InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country).
  Standard cleaning: a CustomerID, InvoiceNo not starting with C, Quantity > 0, UnitPrice > 0, StockCode
  starting with five digits.

Observation: one per product (StockCode) and ISO week (Monday 00:00 to Sunday 24:00, UTC) with sales:
  units = sum of Quantity;
  price = with --price weighted (default) the quantity-weighted UnitPrice, sum(Quantity x UnitPrice) / sum(Quantity);
          with --price modal the UnitPrice most lines of the week paid (ties: the higher price).
  Weeks without sales are not observed.

Model, per product, by ordinary least squares:
  ln(units) = a + e * ln(price) + discount control + sin/cos(2 pi t) seasonal terms (t = time of year)
  The discount share (discount / list value) is the promotion control; the file has no discounts, so it is
  left out here (it is used on a store's own order lines). Seasonal terms are added while at least 4 residual
  degrees of freedom remain (--harmonics pairs at most). Standard errors are heteroskedasticity-robust (HC1);
  the interval is 95 % with Student's t on the residual degrees of freedom.

Output CSV (--out, default stdout), one row per product, sorted by stock code:
  stock_code    the file's StockCode
  elasticity    e, the % change of weekly units for a 1 % higher price (empty when it cannot be estimated)
  ci_low,ci_high  the 95 % confidence interval of e
  observations  product-weeks with sales
  evidence      good:  at least --min-obs observations, at least --min-price-levels distinct prices, a price
                       that varies (sd of ln price >= --min-price-sd), and the whole interval below 0 and at
                       most --max-ci-width wide
                weak:  estimated, but the interval includes 0 or positive values, or is wider than that
                insufficient: too few observations, distinct prices or price variation (an estimate may still be
                       shown when one could be computed; it is not one to act on)

Caveat for this file: UnitPrice in Online Retail falls with the quantity of the line (wholesale price
  breaks), so a week with a large order has both more units and a lower weighted price. That pulls the
  weighted slope down; --price modal follows the price most buyers paid and is far less exposed to it. Either
  way the figures are observational (no experiment), not a clean causal elasticity.

A summary (evidence counts, distribution of the elasticities with good evidence, time) goes to stderr.
`

type Options = {
  orders: string
  minObs: number
  minPriceLevels: number
  minPriceSd: number
  maxCiWidth: number
  harmonics: number
  price: "weighted" | "modal"
  out?: string
}

function intAtLeast(name: string, min: number) {
  return (v: string) => {
    const n = Number(v)
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer >= ${min}`)
    return n
  }
}

function positive(name: string) {
  return (v: string) => {
    const n = Number(v)
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive number`)
    return n
  }
}

export async function run(argv: string[]): Promise<number> {
  let code = 0
  const program = new Command("pricing")
    .description("Finesse pricing analytics on an order file")
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) })

  program
    .command("elasticity")
    .description("price elasticity per product of an Online Retail file: log-log OLS with seasonality, HC1 interval, evidence flag")
    .requiredOption("--orders <file>", "order lines in the Online Retail layout (.csv, or .csv.gz read with gunzip on the fly)")
    .option("--min-obs <n>", "observations (product-weeks) needed for good evidence", intAtLeast("--min-obs", 3), DEFAULT_ELASTICITY.minObs)
    .option("--min-price-levels <n>", "distinct weekly prices needed", intAtLeast("--min-price-levels", 2), DEFAULT_ELASTICITY.minPriceLevels)
    .option("--min-price-sd <x>", "standard deviation of ln(price) needed (0.02 = about 2 %)", positive("--min-price-sd"), DEFAULT_ELASTICITY.minLogPriceSd)
    .option("--max-ci-width <x>", "widest 95 % interval still called good", positive("--max-ci-width"), DEFAULT_ELASTICITY.maxCiWidth)
    .option("--harmonics <n>", "seasonal sin/cos pairs at most (0 = none)", intAtLeast("--harmonics", 0), DEFAULT_ELASTICITY.harmonics)
    .option("--price <basis>", "weekly price: weighted (quantity-weighted mean) or modal (what most lines paid)", (v) => {
      if (v !== "weighted" && v !== "modal") throw new InvalidArgumentError("expected weighted or modal")
      return v
    }, "weighted")
    .option("--out <file>", "write the CSV here instead of stdout")
    .addHelpText("after", ELASTICITY_HELP)
    .exitOverride()
    .action(async (opts: Options) => {
      code = await elasticity(opts)
    })

  try {
    if (!argv.length) {
      program.outputHelp()
      return 2
    }
    await program.parseAsync(argv, { from: "user" })
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2
    throw e
  }
  return code
}

async function elasticity(opts: Options): Promise<number> {
  if (!existsSync(opts.orders) || !statSync(opts.orders).isFile()) {
    process.stderr.write(`[pricing] no such file: ${opts.orders}\n`)
    return 1
  }
  const t0 = performance.now()
  let result
  try {
    result = await retailElasticities(opts.orders, {
      minObs: opts.minObs,
      minPriceLevels: opts.minPriceLevels,
      minLogPriceSd: opts.minPriceSd,
      maxCiWidth: opts.maxCiWidth,
      harmonics: opts.harmonics,
    }, opts.price)
  } catch (e) {
    process.stderr.write(`[pricing] could not read ${opts.orders}: ${(e as Error).message}\n`)
    return 1
  }
  const t1 = performance.now()
  const { stats, purchases, estimates } = result
  if (stats.malformed > 0) {
    const ex = stats.examples.map((x) => `  line ${x.lineNo}: ${x.reason}`).join("\n")
    process.stderr.write(`[pricing] ${stats.malformed} malformed line(s) skipped; the first ${stats.examples.length}:\n${ex}\n`)
  }
  if (!estimates.length) {
    process.stderr.write("[pricing] no purchase line left after cleaning\n")
    return 1
  }
  await writeElasticityCsv(estimates, opts.out ?? null)
  const t2 = performance.now()
  const observations = estimates.reduce((a, e) => a + e.observations, 0)
  const lines = [
    `${stats.lines} lines read, ${purchases} purchase lines after cleaning, ${observations} product-weeks (${opts.price} weekly price)`,
    ...summariseEstimates(estimates),
    opts.out ? `wrote ${estimates.length} rows to ${opts.out}` : `wrote ${estimates.length} rows to stdout`,
    `time: read and estimate ${((t1 - t0) / 1000).toFixed(2)} s, write ${((t2 - t1) / 1000).toFixed(2)} s`,
  ]
  process.stderr.write(lines.map((l) => `[pricing] ${l}`).join("\n") + "\n")
  return 0
}
