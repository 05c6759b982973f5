import { GAZETTEER } from "../centroids-data"
import { gazetteerCities, geocode, normaliseCity, normalisePostcode } from "../geocode"
import { haversineKm, projectKm, roadMatrices } from "../haversine"

describe("haversineKm", () => {
  it("matches the Rosetta Code reference (BNA to LAX, R = 6372.8 km: 2887.2599506 km)", () => {
    expect(haversineKm({ lat: 36.12, lng: -86.67 }, { lat: 33.94, lng: -118.4 }, 6372.8)).toBeCloseTo(2887.2599506071106, 6)
  })
  it("is zero for one point, symmetric, and half the circumference for antipodes", () => {
    const a = { lat: 52.52, lng: 13.405 }
    expect(haversineKm(a, a)).toBe(0)
    const b = { lat: 48.857, lng: 2.352 }
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9)
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6)
  })
  it("puts Berlin–Paris at the published ~878 km great-circle distance", () => {
    expect(haversineKm({ lat: 52.52, lng: 13.405 }, { lat: 48.857, lng: 2.352 })).toBeGreaterThan(870)
    expect(haversineKm({ lat: 52.52, lng: 13.405 }, { lat: 48.857, lng: 2.352 })).toBeLessThan(885)
  })
})

describe("roadMatrices and projectKm", () => {
  it("stretches straight km by the detour factor and converts to minutes at the speed", () => {
    const pts = [{ lat: 52.52, lng: 13.405 }, { lat: 52.52, lng: 13.5 }]
    const m = roadMatrices(pts, { speedKmh: 30, detourFactor: 1.5 })
    const straight = haversineKm(pts[0], pts[1])
    expect(m.km[1]).toBeCloseTo(straight * 1.5, 9)
    expect(m.km[2]).toBeCloseTo(straight * 1.5, 9)
    expect(m.minutes[1]).toBeCloseTo(((straight * 1.5) / 30) * 60, 9)
    expect(m.km[0]).toBe(0)
  })
  it("projects 1° of latitude to ~111.2 km north", () => {
    const p = projectKm({ lat: 53, lng: 13 }, { lat: 52, lng: 13 })
    expect(p.x).toBeCloseTo(0, 9)
    expect(p.y).toBeCloseTo(111.195, 2)
  })
})

describe("geocode", () => {
  it.each([
    [{ country_code: "de", postal_code: "10437", city: "Berlin" }, "postcode", "10437"],
    [{ country_code: "DE", postal_code: "10999", city: "Berlin" }, "postcode_area", "10"],
    [{ country_code: "nl", postal_code: "1016 ab" }, "postcode", "1016AB"],
    [{ country_code: "nl", postal_code: "1016 XZ" }, "postcode_area", "1016"],
    [{ country_code: "ca", postal_code: "M5V 9Z9" }, "postcode_area", "M5V"],
    [{ country_code: "ca", postal_code: "M1B 2K3" }, "postcode_area", "M"],
    [{ country_code: "us", postal_code: "10001-1234" }, "postcode", "10001"],
    [{ country_code: "de", postal_code: "", city: "München" }, "city", "munchen"],
    [{ country_code: "nl", city: "'s-Gravenhage" }, "city", "s-gravenhage"],
    [{ country_code: "fr", city: "Nowhere-sur-Mer" }, "country", "fr"],
  ])("%j → %s (%s)", (address, precision, matched) => {
    const r = geocode(address)
    expect(r).toMatchObject({ precision, matched })
  })
  it("answers null for an uncovered country and respects minPrecision", () => {
    expect(geocode({ country_code: "jp", postal_code: "100-0001" })).toBeNull()
    expect(geocode({ country_code: "fr", city: "Nowhere" }, { minPrecision: "city" })).toBeNull()
    expect(geocode({ country_code: "fr", postal_code: "75003" }, { minPrecision: "postcode" })).toMatchObject({ lat: 48.863, lng: 2.36 })
  })
  it("places every demo customer postcode and stock location at postcode precision", () => {
    const demo: [string, string][] = [
      ["de", "10115"], ["de", "10437"], ["de", "12043"], ["de", "80331"], ["de", "80469"], ["de", "20095"], ["de", "22765"], ["de", "50667"], ["de", "50823"],
      ["fr", "75003"], ["fr", "75011"], ["fr", "75015"], ["fr", "69002"], ["fr", "69007"], ["fr", "33000"], ["fr", "59000"],
      ["it", "20121"], ["it", "20144"], ["it", "00184"], ["it", "00153"], ["it", "10121"], ["it", "40121"],
      ["es", "28013"], ["es", "28004"], ["es", "08001"], ["es", "08010"], ["es", "46002"], ["es", "41001"],
      ["nl", "1016 AB"], ["nl", "1072 CD"], ["nl", "3011 AA"], ["nl", "3511 LK"], ["nl", "2511 BT"],
      ["us", "10001"], ["us", "10013"], ["us", "60614"], ["us", "60607"], ["us", "78701"], ["us", "98101"], ["us", "02116"],
      ["ca", "M5V 2T6"], ["ca", "M4Y 1R5"], ["ca", "H2X 1Y4"], ["ca", "V6B 1A1"], ["ca", "K1P 5G8"],
      ["de", "13507"], ["us", "07094"], ["ca", "M5V 2B3"],
    ]
    for (const [country_code, postal_code] of demo) expect(geocode({ country_code, postal_code })?.precision).toBe("postcode")
  })
  it("keeps every gazetteer point inside its country's rough bounding box", () => {
    const box: Record<string, [number, number, number, number]> = {
      de: [47, 55.1, 5.8, 15.1], fr: [41, 51.2, -5.2, 9.6], it: [36, 47.1, 6.6, 18.6], es: [35.9, 43.8, -9.4, 3.4],
      nl: [50.7, 53.6, 3.3, 7.3], us: [24, 49.5, -125, -66.9], ca: [41.6, 70, -141, -52],
    }
    for (const [cc, g] of Object.entries(GAZETTEER)) {
      const [s, n, w, e] = box[cc]
      for (const [lat, lng] of [...Object.values(g.postcodes), ...Object.values(g.areas), ...Object.values(g.cities)]) {
        expect(lat).toBeGreaterThanOrEqual(s)
        expect(lat).toBeLessThanOrEqual(n)
        expect(lng).toBeGreaterThanOrEqual(w)
        expect(lng).toBeLessThanOrEqual(e)
      }
    }
  })
  it("normalises postcodes and city names", () => {
    expect(normalisePostcode("ca", "m5v-2t6")).toBe("M5V2T6")
    expect(normaliseCity("Köln")).toBe("koln")
    expect(normaliseCity("  Frankfurt am  Main ")).toBe("frankfurt am main")
    expect(gazetteerCities(["de"]).filter((c) => c.lat === 48.137).length).toBe(1)
  })
})
