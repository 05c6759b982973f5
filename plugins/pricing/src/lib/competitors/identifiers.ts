/**
 * Product identifiers for matching our variants to competitors' offers.
 *
 * GTIN (GS1 General Specifications §7.9): EAN-8, UPC-A (12), EAN-13 and GTIN-14 are one family; left-padded with
 * zeros to 14 digits they compare equal (UPC-A 036000291452 = EAN-13 0036000291452). The last digit is a mod-10
 * check digit: from the right, excluding the check digit, weights 3, 1, 3, 1, …
 */
export type GtinResult = { ok: true; gtin14: string } | { ok: false; reason: string }

export function gtinCheckDigit(body: string): number {
  let sum = 0
  for (let i = body.length - 1, w = 3; i >= 0; i--, w = 4 - w) sum += (body.charCodeAt(i) - 48) * w
  return (10 - (sum % 10)) % 10
}

export function normalizeGtin(raw: string | number | null | undefined): GtinResult {
  if (raw === null || raw === undefined) return { ok: false, reason: "no GTIN" }
  // spreadsheets turn barcodes into numbers and people type them with spaces or dashes
  const s = String(raw).trim().replace(/[\s-]/g, "")
  if (!/^\d+$/.test(s)) return { ok: false, reason: `GTIN ${JSON.stringify(String(raw))} has non-digits` }
  if (![8, 12, 13, 14].includes(s.length)) return { ok: false, reason: `GTIN ${s} has ${s.length} digits, expected 8, 12, 13 or 14` }
  const want = gtinCheckDigit(s.slice(0, -1))
  if (want !== s.charCodeAt(s.length - 1) - 48) return { ok: false, reason: `GTIN ${s} has check digit ${s[s.length - 1]}, expected ${want}` }
  const gtin14 = s.padStart(14, "0")
  if (/^0+$/.test(gtin14)) return { ok: false, reason: "GTIN is all zeros" }
  return { ok: true, gtin14 }
}

/**
 * SKU as compared across shops: Unicode-normalised (NFKC, so full-width "ＡＢ" = "AB"), upper case, without spaces
 * and the separators shops vary on (- _ . /). "ab-12 3" and "AB_123" match. It can join two SKUs that only
 * differ by separators; a GTIN or a manual match is preferred when there is one.
 */
export function normalizeSku(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null
  const s = raw.normalize("NFKC").toUpperCase().replace(/[\s\-_./]/g, "")
  return s === "" ? null : s
}
