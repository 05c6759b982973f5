import { heatStrength, heatStyle } from "../heat"

const mix = (pct: number) => `color-mix(in srgb, var(--fg-interactive) ${pct}%, transparent)`

describe("heatStyle", () => {
  it.each([
    // share, scale, background, text colour
    [0, { full: 0.6 }, "var(--bg-subtle)", "var(--fg-muted)"],
    [0.06, { full: 0.6 }, mix(19), "var(--fg-base)"], // 0.1 + 0.85 × 0.1 = 0.185
    [0.3, { full: 0.6 }, mix(53), "var(--fg-base)"], // 0.1 + 0.85 × 0.5 = 0.525: still dark text
    [0.48, { full: 0.6 }, mix(78), "var(--fg-on-color)"], // 0.1 + 0.85 × 0.8 = 0.78
    [0.6, { full: 0.6 }, mix(95), "var(--fg-on-color)"],
    [1, { full: 0.6 }, mix(95), "var(--fg-on-color)"], // capped at full
    [0.12, { full: 0.12 }, mix(95), "var(--fg-on-color)"],
    [1, { calm: true }, mix(14), "var(--fg-base)"], // month 0 of a cohort: always 100 %, kept faint
    [0.5, {}, mix(53), "var(--fg-base)"], // full defaults to 1
  ] as const)("share %p with %p", (share, scale, background, color) => {
    expect(heatStyle(share, scale)).toEqual({ background, color })
  })

  it("treats a missing or negative share and a zero scale as empty", () => {
    expect(heatStrength(Number.NaN)).toBe(0)
    expect(heatStrength(-0.2)).toBe(0)
    expect(heatStrength(0.5, { full: 0 })).toBe(0)
  })
})
