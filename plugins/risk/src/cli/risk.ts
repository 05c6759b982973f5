// `npm run finesse -- risk lines --orders <csv[.gz]> --out <csv>`: order lines that look wrong, with a reason.
// `npm run finesse -- risk days --orders <csv[.gz]>`: anomalous days of daily GMV (date,observed,expected,score).
import { existsSync, statSync } from "node:fs"
import { Command, CommanderError, InvalidArgumentError } from "commander"
import { runDays, DAYS_HELP, type DaysOptions } from "./risk-days"
import { runLines, LINES_HELP, type LinesOptions } from "./risk-lines"

function positiveNumber(name: string) {
  return (v: string) => {
    const n = Number(v)
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive number`)
    return n
  }
}

function positiveInt(name: string, min = 1) {
  return (v: string) => {
    const n = Number(v)
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer of at least ${min}`)
    return n
  }
}

function inputFile(path: string): string | null {
  if (!existsSync(path) || !statSync(path).isFile()) {
    process.stderr.write(`[risk] no such file: ${path}\n`)
    return null
  }
  return path
}

export async function run(argv: string[]): Promise<number> {
  let code = 0
  const program = new Command("risk")
    .description("outlier order lines and anomalous days of GMV in an Online Retail file")
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) })

  program
    .command("lines")
    .description("write the order lines flagged as outliers, with the reason, to a CSV file")
    .requiredOption("--orders <file>", "order lines in the Online Retail layout (.csv, or .csv.gz read with gunzip on the fly)")
    .requiredOption("--out <file>", "CSV file to write: invoice,stock_code,quantity,unit_price,reason")
    .option("--quantity-z <z>", "robust z on log quantity at or above which a quantity is an outlier", positiveNumber("--quantity-z"), 6)
    .option("--price-z <z>", "|robust z| on log unit price at or above which a price is an outlier", positiveNumber("--price-z"), 6)
    .option("--min-lines <n>", "sale lines a stock code needs for its own baseline", positiveInt("--min-lines", 3), 20)
    .addHelpText("after", LINES_HELP)
    .action(async (opts: LinesOptions) => {
      const file = inputFile(opts.orders)
      code = file ? await runLines(opts) : 1
    })

  program
    .command("days")
    .description("print the anomalous days of daily GMV as date,observed,expected,score")
    .requiredOption("--orders <file>", "order lines in the Online Retail layout (.csv, or .csv.gz read with gunzip on the fly)")
    .option("--threshold <z>", "|score| at or above which a day is anomalous", positiveNumber("--threshold"), 4)
    .option("--window <days>", "days of history each day's baseline is fitted on", positiveInt("--window", 28), 56)
    .option("--direction <dir>", "which deviations to print: both, down or up", (v) => {
      if (v !== "both" && v !== "down" && v !== "up") throw new InvalidArgumentError("expected both, down or up")
      return v
    }, "both")
    .addHelpText("after", DAYS_HELP)
    .action(async (opts: DaysOptions) => {
      const file = inputFile(opts.orders)
      code = file ? await runDays(opts) : 1
    })

  try {
    await program.parseAsync(argv, { from: "user" })
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2
    throw e
  }
  return code
}
