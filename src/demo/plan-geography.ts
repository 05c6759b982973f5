import type { DemoRegion, DemoStockLocation } from "./types"

export const REGIONS: DemoRegion[] = [
  { key: "reg_eu", name: "Europe", currency_code: "eur", countries: ["de", "fr", "it", "es", "nl"] },
  { key: "reg_na", name: "North America", currency_code: "usd", countries: ["us", "ca"] },
]

/** Hours local time is ahead of UTC, roughly (customers' evening peak lands at the right UTC hour). */
export const REGION_UTC_OFFSET_HOURS: Record<string, number> = { reg_eu: 1, reg_na: -5 }

/** Customer share per region. */
export const REGION_WEIGHTS: Record<string, number> = { reg_eu: 0.62, reg_na: 0.38 }

/** Two warehouses and two flagship stores; coordinates are the real places (WGS 84). */
export const STOCK_LOCATIONS: DemoStockLocation[] = [
  {
    key: "loc_berlin_wh",
    name: "Berlin Warehouse",
    regionKey: "reg_eu",
    kind: "warehouse",
    address: { address_1: "Am Borsigturm 100", city: "Berlin", country_code: "de", postal_code: "13507", province: null },
    latitude: 52.5873,
    longitude: 13.2838,
  },
  {
    key: "loc_paris_store",
    name: "Paris Le Marais Store",
    regionKey: "reg_eu",
    kind: "store",
    address: { address_1: "24 Rue des Francs-Bourgeois", city: "Paris", country_code: "fr", postal_code: "75003", province: null },
    latitude: 48.8576,
    longitude: 2.3608,
  },
  {
    key: "loc_secaucus_wh",
    name: "New Jersey Warehouse",
    regionKey: "reg_na",
    kind: "warehouse",
    address: { address_1: "900 Secaucus Road", city: "Secaucus", country_code: "us", postal_code: "07094", province: "NJ" },
    latitude: 40.7895,
    longitude: -74.0565,
  },
  {
    key: "loc_toronto_store",
    name: "Toronto Queen West Store",
    regionKey: "reg_na",
    kind: "store",
    address: { address_1: "500 Queen Street West", city: "Toronto", country_code: "ca", postal_code: "M5V 2B3", province: "ON" },
    latitude: 43.648,
    longitude: -79.399,
  },
]

/** Shipping fee and free-shipping threshold per currency, minor units. */
export const SHIPPING: Record<"eur" | "usd", { fee: number; freeFrom: number }> = {
  eur: { fee: 495, freeFrom: 6000 },
  usd: { fee: 695, freeFrom: 7500 },
}
