// `npm run finesse -- vrp --instance <solomon.txt> [--seconds 10] [--seed N]`: solves one VRPTW instance in
// Solomon's format with the own-fleet solver and prints the vehicles, the distance and the routes.
import { existsSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { Worker } from "node:worker_threads"
import { Command, CommanderError, InvalidArgumentError } from "commander"
import { parseSolomon } from "../lib/vrp/solomon"
import { better } from "../lib/vrp/individual"
import { solveVrptw } from "../lib/vrp/solve"
import type { VrpInstance, VrpSolution } from "../lib/vrp/types"
import type { VrpWorkerInput } from "../workers/vrp-solve.worker"
import { formatSolution } from "./vrp-output"

const HELP = `
Input: a Solomon (1987) VRPTW text file - a name line, VEHICLE (NUMBER = fleet limit, CAPACITY), then one line
  per node: CUST NO., XCOORD., YCOORD., DEMAND, READY TIME, DUE DATE, SERVICE TIME; node 0 is the depot.
  Lines of the customer section that are not 7 numbers are skipped and counted on stderr.

Conventions: distances are exact Euclidean distances in double precision (no rounding or truncation) and travel
  time equals distance. A vehicle leaves the depot at its ready time, waits when early, must arrive at every
  customer by its due date (service may end later), and must be back at the depot by the depot's due date.
  The capacity holds for the sum of a route's demands.

Objective (hierarchical): first the fewest vehicles, then the least total distance. The solver builds a feasible
  start, removes routes with the ejection-pool heuristic of Nagata & Braysy (2009) for up to half the budget,
  then minimises distance at that fleet size with a hybrid genetic search (Vidal et al. 2013; SREX crossover,
  time-warp penalties, granular local search).

Output (stdout):
  vehicles=N distance=D          N routes, D the total distance with 2 decimals
  Route #k: c1 c2 ...            one line per route, k from 1, customers by their Solomon number, depot implicit
--seconds is the wall-clock budget of the whole command (reading the file included). --threads 1 (the default)
  searches in the main thread, spending 30 % of the budget after route minimisation on a search at one route
  fewer. --threads 2 runs two independent searches in worker threads, seeded --seed and --seed + 1, and prints the better one
  (fewer vehicles, then shorter): the first spends 30 % of the budget on a search at one route fewer than the
  ejection pool reached, the second spends all of it on distance. Use it only with a second core to spare: on a
  loaded machine each thread gets half the CPU and the vehicle counts suffer. --seed makes runs repeatable for the
  same budget on the same machine load (the search is time-bounded, so a loaded machine may give a different
  result).
`

type Options = { instance: string; seconds: number; seed: number; threads: number }

function positive(name: string, integer: boolean) {
  return (v: string) => {
    const n = Number(v)
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
      throw new InvalidArgumentError(`${name} must be a positive ${integer ? "integer" : "number"}`)
    }
    return n
  }
}

export async function run(argv: string[]): Promise<number> {
  const program = new Command("vrp")
    .description("solve a Solomon VRPTW instance: fewest vehicles, then shortest total distance")
    .requiredOption("--instance <file>", "instance file in Solomon's text format")
    .option("--seconds <s>", "wall-clock budget of the whole run in seconds", positive("--seconds", false), 10)
    .option("--seed <n>", "random seed", positive("--seed", true), 1)
    .option("--threads <n>", "independent searches in worker threads (1 = in the main thread)", positive("--threads", true), 1)
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
  if (!existsSync(opts.instance) || !statSync(opts.instance).isFile()) {
    process.stderr.write(`[vrp] no such file: ${opts.instance}\n`)
    return 2
  }
  let parsed
  try {
    parsed = parseSolomon(readFileSync(opts.instance, "utf8"))
  } catch (e) {
    process.stderr.write(`[vrp] ${opts.instance}: ${(e as Error).message}\n`)
    return 1
  }
  if (parsed.malformedLines > 0) process.stderr.write(`[vrp] skipped ${parsed.malformedLines} malformed line(s)\n`)
  // the budget counts from process start (performance.now() is 0 there; at most 1 s of start-up is charged,
  // so that an embedding process is not penalised for its age); a margin is kept for printing and exit
  const seconds = Math.max(0.05, opts.seconds - Math.min(performance.now() / 1000, 1) - 0.4)
  const solution =
    opts.threads > 1 && workerFile()
      ? await solveInThreads(parsed.instance, opts.threads, opts.seed, Date.now() + seconds * 1000)
      : solveVrptw(parsed.instance, { seconds, seed: opts.seed, now: () => performance.now() })
  process.stdout.write(formatSolution(parsed.instance, solution))
  if (!solution.feasible) {
    process.stderr.write(`[vrp] warning: ${solution.unserved.length} customer(s) cannot be served by any vehicle\n`)
  }
  return 0
}

/** The compiled worker next to this file's compiled output; absent when running from TypeScript sources. */
function workerFile(): string | null {
  const file = path.join(__dirname, "../workers/vrp-solve.worker.js")
  return existsSync(file) ? file : null
}

async function solveInThreads(instance: VrpInstance, threads: number, seed: number, deadline: number): Promise<VrpSolution> {
  const file = workerFile() as string
  const runs = Array.from({ length: threads }, (_, k) => {
    // thread 0 gambles on one vehicle fewer, thread 1 polishes the distance at the fleet the ejection pool found
    const input: VrpWorkerInput = { instance, seed: seed + k, deadline, options: { fleetReductionShare: k % 2 === 0 ? 0.3 : 0 } }
    return new Promise<VrpSolution>((resolve, reject) => {
      const w = new Worker(file, { workerData: input })
      w.once("message", (m: VrpSolution) => resolve(m))
      w.once("error", reject)
      w.once("exit", (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)))
    })
  })
  const solutions = await Promise.all(runs)
  let best = solutions[0]
  for (const s of solutions.slice(1)) {
    if (s.feasible && (!best.feasible || better(s, best))) best = s
  }
  return best
}
