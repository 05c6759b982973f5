/** A postal address as Medusa stores it (every part optional). */
export type AddressInput = {
  address1?: string | null
  address2?: string | null
  city?: string | null
  postalCode?: string | null
  province?: string | null
  countryCode?: string | null
}

// Street-type and unit words written one way (after USPS Publication 28, appendix C, plus the common
// British/French/German forms) so "12 Main Street, Apartment 4" and "12 main st apt 4" are one address.
const WORDS: Record<string, string> = {
  street: "st", str: "st", strasse: "st", straße: "st",
  road: "rd", avenue: "ave", av: "ave", boulevard: "blvd", drive: "dr", lane: "ln", court: "ct",
  place: "pl", square: "sq", terrace: "ter", highway: "hwy", parkway: "pkwy", crescent: "cres",
  close: "cl", gardens: "gdns", mount: "mt",
  apartment: "apt", flat: "apt", unit: "apt", suite: "apt", ste: "apt", no: "", number: "",
  north: "n", south: "s", east: "e", west: "w",
}

function words(s: string | null | undefined): string {
  if (!s) return ""
  // NFKD is the slow step; plain ASCII (most addresses) has nothing to fold
  const ascii = /^[\x00-\x7f]*$/.test(s)
  const plain = (ascii ? s.toLowerCase() : s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/ß/g, "ss"))
    .replace(/([a-z])strasse\b/g, "$1 st")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
  if (!plain) return ""
  return plain
    .split(" ")
    .map((w) => (w in WORDS ? WORDS[w] : w))
    .filter((w) => w !== "")
    .join(" ")
}

/**
 * The key shipping-address velocity, lists and account links use: country, postal code without spaces, the
 * street lines and the city, each lower-cased, accents and punctuation removed, street words abbreviated.
 * Returns null when there is no street line (nothing to match on).
 */
export function addressKey(a: AddressInput | null | undefined): string | null {
  if (!a) return null
  const street = [words(a.address1), words(a.address2)].filter(Boolean).join(" ")
  if (!street) return null
  const country = (a.countryCode ?? "").trim().toUpperCase()
  const postal = (a.postalCode ?? "").replace(/[^0-9A-Za-z]/g, "").toUpperCase()
  return `${country}|${postal}|${street}|${words(a.city)}`
}
