// `npm run finesse -- forecast --orders <file.csv[.gz]> --as-of YYYY-MM-DD [--horizon-weeks 4] [--out file.csv]`:
// weekly demand forecast per stock code of an Online Retail file, the method chosen per series by backtest.
import { existsSync, statSync } from "node:fs"
import { Command, CommanderError, InvalidArgumentError } from "commander"
import { parseDay } from "@finesse/core/lib/retail/read-retail"
import { calibrateForecast } from "../lib/forecast/calibrate"
import { defaultForecastConfig, orderRateGrid } from "../lib/forecast/default-config"
import { ForecastConfig, SeriesForecast, forecastSeries } from "../lib/forecast/forecast-series"
import { DEFAULT_CANDIDATES } from "../lib/forecast/registry"
import { isoDay } from "../lib/series/calendar"
import { writeForecastCsv } from "./forecast-output"
import { readRetailWeekly } from "./retail-series"

const HELP = `
Input: Online Retail lines (InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country).
  A line counts as demand when its InvoiceNo does not start with C (not a cancellation), Quantity > 0,
  UnitPrice > 0 and its StockCode starts with five digits (a product: POST, DOT, M, BANK CHARGES, AMAZONFEE,
  gift vouchers and other non-products are left out). Lines without a CustomerID count (they are sales too)
  unless --require-customer is given. Only lines dated before --as-of are read.
  Weeks start on Monday 00:00 (the file's local time read as UTC). The history is the complete weeks before
  as-of; when as-of is not a Monday, the partial week before it is left out and the first forecast week is the
  Monday after as-of. Weeks in which the whole store sold less than 30 % of its median week (the Christmas
  closure) are treated as missing, not as zero demand.

Products: every stock code with a demand line in the 84 days (12 weeks) before as-of.

Method (per stock code): the candidates are the mean of the last 4 weeks (the seasonal-naive baseline),
  the median of the last 8 weeks since the first sale, seasonal naive (52 weeks, when there is a year of
  history), simple exponential smoothing, Holt's damped trend, ETS chosen by AICc, SBA (Croston's method,
  bias-corrected), TSB, and the order-rate model (order lines per week smoothed by a damped Holt filter ×
  the empirical distribution of line quantities, a compound Poisson forecast whose median is the point
  forecast). Each runs from 6 backtest origins 2 weeks apart, the last one 4 weeks before as-of, so every
  backtest window ends before as-of. Pooled over all products, the backtest picks the order-rate model's
  smoothing, size window and point quantile; then each product takes the method with the lowest absolute
  backtest error, its own error shrunk towards the pooled error of its demand class (smooth, erratic,
  intermittent, lumpy, new) with the weight of --prior-weight windows (default 50: the class decides unless
  a product's own backtest says otherwise by a wide margin; with as-of 2011-08-15, 09-12 and 10-10 a weight
  of 6 gave a WAPE 1 point worse than 50, a sign of how noisy one product's 6 backtest windows are).
  Price effects are not estimated: the file's unit prices fall with order size (volume tiers), which says
  nothing about the response to a price change.

Output CSV (--out), one row per stock code and forecast week:
  stock_code, week_start (YYYY-MM-DD, a Monday), forecast (units in that week, 3 decimals).
  With --detail also: method (the chosen candidate), mean (the mean forecast; forecast is the median for
  the order-rate model), lower_80, upper_80, lower_95, upper_95 (prediction interval bounds: from the
  compound Poisson distribution, ETS's analytical variance, or else the quantiles of the pooled backtest
  errors of the product's demand class), interval_source.
`

type Options = {
  orders: string
  asOf: number
  horizonWeeks: number
  out?: string
  detail: boolean
  requireCustomer: boolean
  method?: string
  priorWeight: number
  tune: boolean
}

function positiveInt(name: string, max = 520) {
  return (v: string) => {
    const n = Number(v)
    if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(`${name} must be an integer from 1 to ${max}`)
    return n
  }
}

function calendarDay(v: string): number {
  let day: number
  try {
    day = parseDay(v)
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message)
  }
  if (isoDay(day) !== v) throw new InvalidArgumentError(`not a calendar date: ${v}`)
  return day
}

export async function run(argv: string[]): Promise<number> {
  const ids = DEFAULT_CANDIDATES.map((c) => c.id)
  const program = new Command("forecast")
    .description("Weekly demand forecast per stock code of an Online Retail file, the method chosen per product by backtest")
    .requiredOption("--orders <file>", "order lines in the Online Retail layout (.csv, or .csv.gz read with gunzip on the fly)")
    .requiredOption("--as-of <YYYY-MM-DD>", "forecast from this day on, using only lines dated before it", calendarDay)
    .option("--horizon-weeks <n>", "number of weeks to forecast", positiveInt("--horizon-weeks", 104), 4)
    .option("--out <file>", "write the forecast CSV here")
    .option("--detail", "add method, mean and interval columns to the CSV", false)
    .option("--require-customer", "count only lines with a CustomerID (the standard cleaning)", false)
    .option("--method <id>", `use one candidate for every product instead of choosing (${ids.join(", ")})`, (v) => {
      if (!ids.includes(v)) throw new InvalidArgumentError(`expected one of ${ids.join(", ")}`)
      return v
    })
    .option("--prior-weight <k>", "weight of the demand-class prior in the per-product choice, in backtest windows (0 = own backtest only)", (v) => {
      const n = Number(v)
      if (!Number.isFinite(n) || n < 0 || n > 1000) throw new InvalidArgumentError("--prior-weight must be a number from 0 to 1000")
      return n
    }, 50)
    .option("--no-tune", "keep the order-rate model's default parameters instead of tuning them by backtest")
    .addHelpText("after", HELP)
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) })

  let opts: Options
  try {
    program.parse(argv, { from: "user" })
    opts = program.opts<Options>()
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2
    throw e
  }
  if (!existsSync(opts.orders) || !statSync(opts.orders).isFile()) {
    process.stderr.write(`[forecast] no such file: ${opts.orders}\n`)
    return 1
  }

  const t0 = performance.now()
  let data
  try {
    data = await readRetailWeekly(opts.orders, opts.asOf, { requireCustomer: opts.requireCustomer, activeDays: 84 })
  } catch (e) {
    process.stderr.write(`[forecast] could not read ${opts.orders}: ${(e as Error).message}\n`)
    return 1
  }
  const t1 = performance.now()
  if (data.stats.malformed > 0) {
    const ex = data.stats.examples.map((e) => `  line ${e.lineNo}: ${e.reason}`).join("\n")
    process.stderr.write(`[forecast] ${data.stats.malformed} malformed line(s) skipped; the first ${data.stats.examples.length}:\n${ex}\n`)
  }
  if (!data.codes.length) {
    process.stderr.write(`[forecast] no product sold in the 12 weeks before ${isoDay(opts.asOf)}\n`)
    return 1
  }
  const steps = data.gapWeeks + opts.horizonWeeks
  const candidates = opts.method ? DEFAULT_CANDIDATES.filter((c) => c.id === opts.method) : DEFAULT_CANDIDATES
  const config: ForecastConfig = defaultForecastConfig("week", steps, { candidates, priorWeight: opts.priorWeight })
  const context = () => ({ priceEffects: false })
  const tune = opts.tune && candidates.some((c) => c.id === "order_rate") ? [orderRateGrid("week")] : []
  const calibration = calibrateForecast(data.series, config, { tune, context })
  const tuned: ForecastConfig = { ...config, candidates: calibration.candidates }
  const t2 = performance.now()
  const forecasts: SeriesForecast[] = data.series.map((s) => forecastSeries(s, tuned, calibration.prior, { priceEffects: false }))
  const t3 = performance.now()
  if (opts.out) await writeForecastCsv(opts.out, data, forecasts, { gapWeeks: data.gapWeeks, horizon: opts.horizonWeeks, detail: opts.detail })
  const t4 = performance.now()

  const chosen = new Map<string, number>()
  for (const f of forecasts) chosen.set(f.method, (chosen.get(f.method) ?? 0) + 1)
  const tuning = calibration.tuning.map((t) => `${t.id} ${JSON.stringify(t.args)} (best of ${t.tried})`).join("; ")
  const bt = Object.entries(calibration.backtestWape)
    .map(([id, w]) => `${id} ${(100 * w).toFixed(1)} %`)
    .join(", ")
  const lines = [
    `as of ${isoDay(opts.asOf)}: ${data.codes.length} products sold in the 12 weeks before, ${data.periods} history weeks from ${isoDay(data.origin)}, ${data.linesUsed} demand lines (${data.linesAfterAsOf} later lines ignored), ${data.stats.lines} lines read`,
    `forecast weeks: ${opts.horizonWeeks} from ${isoDay(data.firstForecastWeek)}; missing (closed) weeks: ${Array.from(data.closed).filter(Boolean).length}`,
    tuning ? `tuned by backtest: ${tuning}` : "no tuning",
    `backtest WAPE (6 windows before as-of): ${bt}`,
    `methods chosen: ${[...chosen].sort((a, b) => b[1] - a[1]).map(([m, c]) => `${m} ${c}`).join(", ")}`,
    opts.out ? `wrote ${data.codes.length * opts.horizonWeeks} rows to ${opts.out}` : "no --out given: CSV not written",
    `time: read ${((t1 - t0) / 1000).toFixed(2)} s, backtest and tuning ${((t2 - t1) / 1000).toFixed(2)} s, forecast ${((t3 - t2) / 1000).toFixed(2)} s, write ${((t4 - t3) / 1000).toFixed(2)} s`,
    "",
  ]
  process.stdout.write(lines.join("\n"))
  return 0
}
