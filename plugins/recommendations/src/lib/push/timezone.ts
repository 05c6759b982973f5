/**
 * Standard-time UTC offsets (minutes) by ISO country code, for choosing a customer's local send hour from their
 * address. One offset per country (the most populous zone for the US, Canada, Brazil, Russia and Australia) and no
 * daylight saving: a send-time choice within the hour is good enough, and no tz database is needed.
 */
const OFFSETS: Record<string, number> = {
  gb: 0, ie: 0, pt: 0, is: 0,
  de: 60, fr: 60, it: 60, es: 60, nl: 60, be: 60, at: 60, ch: 60, dk: 60, se: 60, no: 60, pl: 60, cz: 60, lu: 60, hu: 60, sk: 60, si: 60, hr: 60,
  fi: 120, gr: 120, ro: 120, bg: 120, ee: 120, lv: 120, lt: 120, ua: 120, il: 120, za: 120, eg: 120,
  tr: 180, ru: 180, sa: 180, ae: 240, in: 330, cn: 480, sg: 480, hk: 480, jp: 540, kr: 540, au: 600, nz: 720,
  us: -300, ca: -300, mx: -360, br: -180, ar: -180, cl: -240, co: -300,
}

export function offsetForCountry(countryCode: string | null | undefined, fallbackMinutes = 0): number {
  if (!countryCode) return fallbackMinutes
  return OFFSETS[countryCode.toLowerCase()] ?? fallbackMinutes
}
