import { haversineKm } from "../../geo/haversine"
import { chooseMode, summariseModes } from "../choose-mode"
import { DAGANZO_K, estimateOwnFleetStop, regionCovers, regionFor, type FleetRegion } from "../fleet-region"
import { carrierPromise, handOverDay, isoDay, ownFleetDay, ownFleetPromise } from "../promise"

const region = (o: Partial<FleetRegion> = {}): FleetRegion => ({
  id: "fr_berlin", name: "Berlin", depot: { location_id: "A", lat: 0, lng: 0 },
  countries: ["de"], postcode_prefixes: ["10", "12"], radius_km: null, currency_code: "eur",
  cost_per_km: 40, cost_per_stop: 150, cost_per_hour: 2400, speed_kmh: 30, detour_factor: 1,
  vehicles: 3, vehicle_capacity: 60, stops_per_route: 20, stops_per_day: 100, area_km2: 400,
  shift_start_min: 480, shift_end_min: 1080, service_min: 4, service_per_unit_min: 1, cutoff_hour: 14, delivery_days: 1,
  policy: "hybrid_cheapest", ...o,
})

// Wednesday 25 Nov 2026, 10:00 UTC
const WED_10 = Date.UTC(2026, 10, 25, 10)
const FRI_15 = Date.UTC(2026, 10, 27, 15)

describe("own-fleet stop cost (Daganzo's continuous approximation)", () => {
  it("is 2r/C + k·√(A/n) road km, driving plus service minutes, and per-stop + per-km + per-hour cost", () => {
    // depot (0,0), stop 0.09° north: r = 10.0076 km; C = 20, A = 400 km², n = 100: √4 = 2
    const d = { lat: 0.09, lng: 0 }
    const r = haversineKm({ lat: 0, lng: 0 }, d)
    expect(r).toBeCloseTo(10.0076, 3)
    const e = estimateOwnFleetStop(region(), d, 2)
    const km = (2 * r) / 20 + DAGANZO_K * 2
    expect(e.km).toBeCloseTo(km, 9) // 1.00076 + 1.14 = 2.14076
    expect(e.km).toBeCloseTo(2.14076, 4)
    // 2.14076 km at 30 km/h = 4.2815 min + 4 + 2 × 1 min service
    expect(e.minutes).toBeCloseTo(4.28152 + 6, 4)
    // 150 + 40 × 2.14076 + 2400 × 10.28152 / 60 = 150 + 85.63 + 411.26 = 646.89 → 647
    expect(e.cost).toBe(647)
  })
  it("uses π·radius² for the area when none is given and the detour factor", () => {
    const e = estimateOwnFleetStop(region({ area_km2: null, radius_km: 10, detour_factor: 1.5, stops_per_day: 1 }), { lat: 0, lng: 0 }, 0)
    expect(e.km).toBeCloseTo(1.5 * DAGANZO_K * Math.sqrt(Math.PI * 100), 9)
  })
  it("covers by country, postcode prefix and radius", () => {
    const r = region({ depot: { location_id: "A", lat: 52.5873, lng: 13.2838 }, radius_km: 50 })
    expect(regionCovers(r, { country_code: "DE", postal_code: "10437", lat: 52.542, lng: 13.412 })).toBe(true)
    expect(regionCovers(r, { country_code: "de", postal_code: "13507", lat: 52.587, lng: 13.284 })).toBe(false)
    expect(regionCovers(r, { country_code: "fr", postal_code: "10437", lat: 52.542, lng: 13.412 })).toBe(false)
    // a "10" postcode 250 km away is outside the radius
    expect(regionCovers(r, { country_code: "de", postal_code: "10999", lat: 53.55, lng: 10 })).toBe(false)
    expect(regionFor([region({ countries: ["fr"] }), r], { country_code: "de", postal_code: "12043", lat: 52.481, lng: 13.437 })?.id).toBe("fr_berlin")
  })
})

describe("promised delivery", () => {
  it("hands over today before the cut-off, else the next working day", () => {
    expect(isoDay(handOverDay(WED_10, 14))).toBe("2026-11-25")
    expect(isoDay(handOverDay(WED_10, 9))).toBe("2026-11-26")
    // Friday after the cut-off: Monday
    expect(isoDay(handOverDay(FRI_15, 14))).toBe("2026-11-30")
  })
  it("adds carrier transit in business days, by the end of the day", () => {
    expect(new Date(carrierPromise(WED_10, 14, 2)).toISOString()).toBe("2026-11-27T23:59:59.000Z")
    expect(new Date(carrierPromise(WED_10, 14, 3)).toISOString()).toBe("2026-11-30T23:59:59.000Z")
    expect(new Date(carrierPromise(FRI_15, 14, 1)).toISOString()).toBe("2026-12-01T23:59:59.000Z")
  })
  it("delivers with the own fleet the next day (Saturdays too, never Sundays) at the shift end", () => {
    expect(isoDay(ownFleetDay(WED_10, 14, 1))).toBe("2026-11-26")
    expect(isoDay(ownFleetDay(FRI_15, 14, 1))).toBe("2026-11-30")
    expect(isoDay(ownFleetDay(Date.UTC(2026, 10, 27, 9), 14, 1))).toBe("2026-11-28")
    expect(new Date(ownFleetPromise(WED_10, 14, 1, 1080)).toISOString()).toBe("2026-11-26T18:00:00.000Z")
  })
})

describe("chooseMode", () => {
  const dest = { country_code: "de", postal_code: "10437", lat: 0.09, lng: 0 }
  const q = (price: number, transit_days: number, carrier_code = "dhl") => ({ carrier_code, service: "paket", price, currency_code: "eur", transit_days, max_weight_g: 5000 })
  const base = { now: WED_10, destination: dest, units: 2, regions: [region()], carrier_cutoff_hour: 14 }

  it("hybrid_cheapest takes the own fleet when its stop costs less than the cheapest parcel", () => {
    const c = chooseMode({ ...base, quotes: [q(690, 2)] })
    expect(c.mode).toBe("own_fleet")
    expect(c.reason).toBe("cheaper: own fleet (Berlin) EUR 6.47, 1.3 days against dhl paket EUR 6.90, 2.6 days")
    expect(c.options.map((o) => o.mode)).toEqual(["own_fleet", "carrier"])
  })
  it("hybrid_cheapest takes the carrier when it is cheaper", () => {
    expect(chooseMode({ ...base, quotes: [q(499, 2)] })).toMatchObject({ mode: "carrier", chosen: { carrier_code: "dhl", cost: 499 } })
  })
  it("hybrid_fastest compares promises (own fleet next day against a 1-day express delivered by day's end)", () => {
    const c = chooseMode({ ...base, regions: [region({ policy: "hybrid_fastest" })], quotes: [q(499, 2), q(1290, 0, "express")] })
    // the express hands over today and delivers today 23:59; the own fleet tomorrow 18:00
    expect(c).toMatchObject({ mode: "carrier", chosen: { carrier_code: "express" } })
  })
  it("own_fleet and carrier policies, and addresses outside every region", () => {
    expect(chooseMode({ ...base, regions: [region({ policy: "own_fleet" })], quotes: [q(1, 1)] }).mode).toBe("own_fleet")
    expect(chooseMode({ ...base, regions: [region({ policy: "carrier" })], quotes: [q(9999, 5)] }).mode).toBe("carrier")
    const outside = chooseMode({ ...base, destination: { ...dest, postal_code: "80331" }, quotes: [q(499, 2)] })
    expect(outside).toMatchObject({ mode: "carrier", policy: "carrier_only" })
    expect(chooseMode({ ...base, destination: { ...dest, postal_code: "80331" }, quotes: [] }).mode).toBe("none")
  })
  it("summarises per region what each mode took and what the other would have cost", () => {
    const rows = [
      { region: "Berlin", now: WED_10, choice: chooseMode({ ...base, quotes: [q(690, 2)] }) },
      { region: "Berlin", now: WED_10, choice: chooseMode({ ...base, quotes: [q(499, 2)] }) },
      { region: "DE other", now: WED_10, choice: chooseMode({ ...base, destination: { ...dest, postal_code: "80331" }, quotes: [q(499, 2)] }) },
    ]
    expect(summariseModes(rows)).toEqual([
      { region: "Berlin", currency_code: "eur", shipments: 2, own_fleet: 1, carrier: 1, compared: 2, own_cost: 647 * 2, carrier_cost: 690 + 499, chosen_cost: 647 + 499, mean_own_days: 1.3, mean_carrier_days: 2.6 },
      { region: "DE other", currency_code: "eur", shipments: 1, own_fleet: 0, carrier: 1, compared: 0, own_cost: 0, carrier_cost: 0, chosen_cost: 0, mean_own_days: null, mean_carrier_days: 2.6 },
    ])
  })
})
