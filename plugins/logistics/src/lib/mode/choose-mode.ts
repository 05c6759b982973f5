// Own fleet, carrier or hybrid: for one shipment, the cost and promised time of each way to deliver it and the
// choice the region's policy makes, with its reason.
import { carrierPromise, isoDay, ownFleetDay, ownFleetPromise } from "./promise"
import { estimateOwnFleetStop, regionFor, type Destination, type FleetRegion, type ModePolicy } from "./fleet-region"
import type { Quote } from "../rates/rate-table"

export type ModeOption =
  | { mode: "own_fleet"; region_id: string; region_name: string; cost: number; currency_code: string; promised_at: number; km: number; minutes: number; delivery_day: string }
  | { mode: "carrier"; carrier_code: string; service: string; cost: number; currency_code: string; promised_at: number; transit_days: number }

export type ModeChoice = {
  mode: "own_fleet" | "carrier" | "none"
  chosen: ModeOption | null
  options: ModeOption[]
  policy: ModePolicy | "carrier_only"
  reason: string
}

export type ModeInput = {
  now: number
  destination: Destination
  units: number
  /** the carriers' offers for this parcel in the order currency (cheapest first, e.g. from quoteParcel) */
  quotes: readonly Quote[]
  regions: readonly FleetRegion[]
  /** carriers' cut-off at the shipping location (UTC hour) */
  carrier_cutoff_hour: number
}

const money = (minor: number, c: string) => `${c.toUpperCase()} ${(minor / 100).toFixed(2)}`
const days = (from: number, to: number) => Math.max(0, Math.round(((to - from) / 86_400_000) * 10) / 10)

export function chooseMode(inp: ModeInput): ModeChoice {
  const region = regionFor(inp.regions, inp.destination)
  const options: ModeOption[] = []
  if (region) {
    const e = estimateOwnFleetStop(region, inp.destination, inp.units)
    const day = ownFleetDay(inp.now, region.cutoff_hour, region.delivery_days)
    options.push({
      mode: "own_fleet",
      region_id: region.id,
      region_name: region.name,
      cost: e.cost,
      currency_code: e.currency_code,
      promised_at: ownFleetPromise(inp.now, region.cutoff_hour, region.delivery_days, region.shift_end_min),
      km: Math.round(e.km * 10) / 10,
      minutes: Math.round(e.minutes),
      delivery_day: isoDay(day),
    })
  }
  const cheapest = inp.quotes[0]
  const fastest = [...inp.quotes].sort((a, b) => a.transit_days - b.transit_days || a.price - b.price)[0]
  for (const q of cheapest && fastest && fastest !== cheapest ? [cheapest, fastest] : cheapest ? [cheapest] : []) {
    options.push({
      mode: "carrier",
      carrier_code: q.carrier_code,
      service: q.service,
      cost: q.price,
      currency_code: q.currency_code,
      promised_at: carrierPromise(inp.now, inp.carrier_cutoff_hour, q.transit_days),
      transit_days: q.transit_days,
    })
  }
  const own = options.find((o) => o.mode === "own_fleet")
  const carriers = options.filter((o) => o.mode === "carrier")
  const cheapestCarrier = carriers[0]
  const fastestCarrier = [...carriers].sort((a, b) => a.promised_at - b.promised_at || a.cost - b.cost)[0]
  const label = (o: ModeOption) => (o.mode === "own_fleet" ? `own fleet (${o.region_name})` : `${o.carrier_code} ${o.service}`)
  const describe = (o: ModeOption) => `${label(o)} ${money(o.cost, o.currency_code)}, ${days(inp.now, o.promised_at)} days`

  if (!region) {
    if (!cheapestCarrier) return { mode: "none", chosen: null, options, policy: "carrier_only", reason: "no own-fleet region covers the address and no carrier rate applies" }
    return { mode: "carrier", chosen: cheapestCarrier, options, policy: "carrier_only", reason: `outside every own-fleet region: cheapest carrier ${describe(cheapestCarrier)}` }
  }
  const policy = region.policy
  if (!cheapestCarrier || policy === "own_fleet") {
    return { mode: "own_fleet", chosen: own!, options, policy, reason: `${cheapestCarrier ? "own-fleet region" : "no carrier rate applies"}: ${describe(own!)}` }
  }
  if (policy === "carrier") return { mode: "carrier", chosen: cheapestCarrier, options, policy, reason: `region ${region.name} ships by carrier: ${describe(cheapestCarrier)}` }
  // hybrid: costs only compare in one currency
  if (own!.currency_code !== cheapestCarrier.currency_code) {
    return { mode: "own_fleet", chosen: own!, options, policy, reason: `carrier rates are in ${cheapestCarrier.currency_code.toUpperCase()}, the fleet's cost in ${own!.currency_code.toUpperCase()}: own fleet` }
  }
  if (policy === "hybrid_fastest") {
    const pick = own!.promised_at < fastestCarrier.promised_at || (own!.promised_at === fastestCarrier.promised_at && own!.cost <= fastestCarrier.cost) ? own! : fastestCarrier
    const other = pick === own ? fastestCarrier : own!
    return { mode: pick.mode, chosen: pick, options, policy, reason: `faster: ${describe(pick)} against ${describe(other)}` }
  }
  const pick = own!.cost < cheapestCarrier.cost || (own!.cost === cheapestCarrier.cost && own!.promised_at <= cheapestCarrier.promised_at) ? own! : cheapestCarrier
  const other = pick === own ? cheapestCarrier : own!
  return { mode: pick.mode, chosen: pick, options, policy, reason: `cheaper: ${describe(pick)} against ${describe(other)}` }
}

export type ModeRow = { region: string; choice: ModeChoice; now: number }

export type ModeSummary = {
  region: string
  /** of the costs below (a region's parcels share one currency) */
  currency_code: string | null
  shipments: number
  own_fleet: number
  carrier: number
  /** totals over shipments where both were possible, minor units of the fleet's currency */
  compared: number
  own_cost: number
  carrier_cost: number
  chosen_cost: number
  mean_own_days: number | null
  mean_carrier_days: number | null
}

/** Per destination region: how many shipments each mode took and what the other would have cost and promised. */
export function summariseModes(rows: readonly ModeRow[]): ModeSummary[] {
  const by = new Map<string, ModeSummary & { od: number[]; cd: number[] }>()
  for (const r of rows) {
    const s = by.get(r.region) ?? { region: r.region, currency_code: r.choice.options[0]?.currency_code ?? null, shipments: 0, own_fleet: 0, carrier: 0, compared: 0, own_cost: 0, carrier_cost: 0, chosen_cost: 0, mean_own_days: null, mean_carrier_days: null, od: [], cd: [] }
    s.shipments++
    if (r.choice.mode === "own_fleet") s.own_fleet++
    if (r.choice.mode === "carrier") s.carrier++
    const own = r.choice.options.find((o) => o.mode === "own_fleet")
    const car = r.choice.options.find((o) => o.mode === "carrier")
    if (own) s.od.push(days(r.now, own.promised_at))
    if (car) s.cd.push(days(r.now, car.promised_at))
    if (own && car && own.currency_code === car.currency_code && r.choice.chosen) {
      s.compared++
      s.own_cost += own.cost
      s.carrier_cost += car.cost
      s.chosen_cost += r.choice.chosen.cost
    }
    by.set(r.region, s)
  }
  const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null)
  return [...by.values()]
    .map(({ od, cd, ...s }) => ({ ...s, mean_own_days: mean(od), mean_carrier_days: mean(cd) }))
    .sort((a, b) => b.shipments - a.shipments || a.region.localeCompare(b.region))
}
