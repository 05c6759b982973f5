import { parseSeedOptions, yesterdayUtc } from "../options"

const NOW = Date.UTC(2026, 10, 25, 9, 30)

describe("parseSeedOptions", () => {
  it("defaults to seed 42, scale 1 and yesterday (UTC)", () => {
    expect(parseSeedOptions([], {}, NOW)).toEqual({ seed: 42, scale: 1, until: "2026-11-24" })
    expect(yesterdayUtc(Date.UTC(2026, 0, 1, 0, 5))).toBe("2025-12-31")
  })

  it("reads DEMO_SEED, DEMO_SCALE and DEMO_UNTIL", () => {
    expect(parseSeedOptions([], { DEMO_SEED: "7", DEMO_SCALE: "0.05", DEMO_UNTIL: "2026-10-31" }, NOW)).toEqual({
      seed: 7,
      scale: 0.05,
      until: "2026-10-31",
    })
  })

  it("lets flags win over the environment, in every form medusa exec passes them", () => {
    const env = { DEMO_SEED: "7", DEMO_SCALE: "2" }
    // `medusa exec file -- --scale 0.05` leaves them on process.argv
    expect(parseSeedOptions(["exec", "./src/scripts/seed-demo.ts", "--", "--scale", "0.05", "--seed", "3"], env, NOW)).toMatchObject({ seed: 3, scale: 0.05 })
    expect(parseSeedOptions(["--scale=0.5"], env, NOW)).toMatchObject({ seed: 7, scale: 0.5 })
    // `medusa exec file scale=0.05 until=2026-10-31` passes positional words as args
    expect(parseSeedOptions(["scale=0.05", "until=2026-10-31"], env, NOW)).toEqual({ seed: 7, scale: 0.05, until: "2026-10-31" })
  })

  it("treats an empty variable as unset and rejects values that are not numbers", () => {
    expect(parseSeedOptions([], { DEMO_SCALE: "" }, NOW).scale).toBe(1)
    expect(() => parseSeedOptions(["--seed", "4.5"], {}, NOW)).toThrow(/seed must be an integer/)
    expect(() => parseSeedOptions(["--scale", "lots"], {}, NOW)).toThrow(/scale must be a number/)
  })
})
