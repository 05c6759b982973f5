import { BEHAVIOUR_PROFILES, CUSTOMERS_AT_SCALE_1, LAPSED_MIN_SILENCE_DAYS, NEW_CUSTOMER_DAYS } from "./behaviours"
import type { CatalogIndex } from "./catalog-index"
import { COUNTRY_WEIGHTS, EMAIL_DOMAINS, PEOPLE } from "./people-data"
import { REGION_WEIGHTS } from "./plan-geography"
import { mix32, Rng } from "./prng"
import type { DemandCalendar } from "./seasonality"
import { slugify } from "./slug"
import { DAY, iso } from "./time"
import { BEHAVIOURS, type Behaviour, type DemoCustomer } from "./types"

/** What the order and session planners need to know about a customer beyond the Medusa record. */
export type CustomerModel = {
  customer: DemoCustomer
  behaviour: Behaviour
  regionKey: string
  created: number
  /** Orders and sessions fall in [activeFrom, activeTo). */
  activeFrom: number
  activeTo: number
  /** The one order's time for one-off customers (fixed here because it decides created_at). */
  anchor: number | null
  /** One or two browser ids. */
  devices: string[]
  /** Two favourite leaf categories (indexes). */
  favourites: number[]
  /** Multiplies the expected session counts (some people browse more). */
  activity: number
}

/** Customer counts per behaviour: largest remainder of the shares, at least 3 of each. */
export function behaviourCounts(total: number): Record<Behaviour, number> {
  const exact = BEHAVIOURS.map((b) => total * BEHAVIOUR_PROFILES[b].share)
  const counts = exact.map((x) => Math.max(3, Math.floor(x)))
  let missing = total - counts.reduce((a, b) => a + b, 0)
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (let k = 0; missing > 0; k = (k + 1) % order.length, missing--) counts[order[k][1]]++
  return Object.fromEntries(BEHAVIOURS.map((b, i) => [b, counts[i]])) as Record<Behaviour, number>
}

/** Countries that write the house number before the street. */
const numberFirst = new Set(["us", "ca", "fr"])

export function customerCount(scale: number): number {
  return Math.max(BEHAVIOURS.length * 3, Math.round(CUSTOMERS_AT_SCALE_1 * scale))
}

/** Unique, readable, deterministic ids with a prefix (a bijective mix of a counter, so never a collision). */
export class IdFactory {
  private n = 0
  constructor(
    private readonly prefix: string,
    private readonly salt: number
  ) {}
  next(): string {
    this.n++
    return `${this.prefix}${mix32((this.n ^ this.salt) >>> 0).toString(16).padStart(8, "0")}`
  }
}

export function planCustomers(
  seed: number,
  scale: number,
  start: number,
  end: number,
  calendar: DemandCalendar,
  index: CatalogIndex,
  devices: IdFactory
): CustomerModel[] {
  const rng = new Rng(seed, "customers")
  const counts = behaviourCounts(customerCount(scale))
  const behaviours = rng.shuffle(BEHAVIOURS.flatMap((b) => Array.from({ length: counts[b] }, () => b)))
  const emails = new Set<string>()
  const regionKeys = Object.keys(REGION_WEIGHTS)
  const regionWeights = regionKeys.map((k) => REGION_WEIGHTS[k])
  const tops = Object.keys(index.leavesByTop)
  const topWeights = tops.map((t) => (t === "Women" ? 0.5 : t === "Men" ? 0.3 : 0.2))

  return behaviours.map((behaviour, i) => {
    const key = `cus_${String(i + 1).padStart(5, "0")}`
    const regionKey = rng.weighted(regionKeys, regionWeights)
    const countries = Object.keys(COUNTRY_WEIGHTS[regionKey])
    const country = rng.weighted(countries, countries.map((c) => COUNTRY_WEIGHTS[regionKey][c]))
    const people = PEOPLE[country]
    const first_name = rng.pick(people.first)
    const last_name = rng.pick(people.last)
    const local = `${slugify(first_name)}.${slugify(last_name).replace(/-/g, "")}`
    const domain = rng.pick(EMAIL_DOMAINS)
    let email = `${local}@${domain}`
    for (let k = 2; emails.has(email); k++) email = `${local}${k}@${domain}`
    emails.add(email)
    const place = rng.pick(people.cities)
    const street = rng.pick(people.streets)
    const houseNumber = rng.int(1, 180)

    // When they joined and when they are active; see BEHAVIOUR_PROFILES for the story of each type.
    let created: number
    let activeFrom: number
    let activeTo = end
    let anchor: number | null = null
    const days = (d: number) => Math.round(d * 86_400) * 1000 // whole seconds
    switch (behaviour) {
      case "loyal":
        created = start - days(rng.range(60, 1000))
        activeFrom = start
        break
      case "lapsed": {
        created = start + days(rng.range(-600, 30))
        activeTo = end - days(LAPSED_MIN_SILENCE_DAYS + rng.range(0, 90))
        activeFrom = Math.max(start, created)
        if (activeTo - activeFrom < 45 * DAY) {
          created = Math.min(created, start)
          activeFrom = start
        }
        break
      }
      case "one_off": {
        anchor = calendar.sample(rng, regionKey, "base", start + DAY, end)
        created = rng.chance(0.6)
          ? anchor - Math.round(rng.range(10, 40) * 60) * 1000
          : anchor - days(rng.range(1, 120))
        activeFrom = Math.max(start, created, anchor - 45 * DAY)
        activeTo = Math.min(end, anchor + 60 * DAY)
        break
      }
      case "new":
        created = end - days(rng.range(0.2, NEW_CUSTOMER_DAYS - 0.2))
        activeFrom = created
        break
      case "big_spender":
        created = start + days(rng.range(-700, 120))
        activeFrom = Math.max(start, created)
        break
      case "bargain_hunter":
        created = start + days(rng.range(-500, 200))
        activeFrom = Math.max(start, created)
        break
      case "window_shopper":
        created = start + days(rng.range(-400, 300))
        activeFrom = Math.max(start, created)
        break
    }

    const top = rng.weighted(tops, topWeights)
    const favourites = [index.leavesByTop[top].sample(rng), index.leaves.sample(rng)]
    const deviceIds = [devices.next()]
    if (rng.chance(0.3)) deviceIds.push(devices.next())

    const customer: DemoCustomer = {
      key,
      email,
      first_name,
      last_name,
      phone: `${people.phonePrefix}${rng.int(1000000, 9999999)}`,
      behaviour,
      created_at: iso(created),
      regionKey,
      address: {
        first_name,
        last_name,
        address_1: numberFirst.has(country) ? `${houseNumber} ${street}` : `${street} ${houseNumber}`,
        city: place.city,
        country_code: country,
        postal_code: rng.pick(place.postal),
        province: place.province,
      },
    }
    return {
      customer,
      behaviour,
      regionKey,
      created,
      activeFrom,
      activeTo,
      anchor,
      devices: deviceIds,
      favourites,
      activity: rng.range(0.5, 1.5),
    }
  })
}
