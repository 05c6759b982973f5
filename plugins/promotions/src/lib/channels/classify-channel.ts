/**
 * Marketing channel of a visit from its UTM parameters, click ids and referrer. The rules are read top to
 * bottom, the first that matches wins (modelled on Google Analytics 4's default channel group, simplified):
 *
 * | # | condition (medium, source lower-cased)                                             | channel         |
 * |---|------------------------------------------------------------------------------------|-----------------|
 * | 1 | medium email / e-mail / e_mail / newsletter, or source email / newsletter          | email           |
 * | 2 | medium sms, or source sms                                                           | sms             |
 * | 3 | medium affiliate / affiliates / partner                                             | affiliate       |
 * | 4 | medium display / banner / cpm / programmatic                                        | display         |
 * | 5 | medium cpc / ppc / paid* / *cp* / retargeting, or a paid click id (gclid, gbraid,   | paid_search,    |
 * |   | wbraid, msclkid → search; ttclid, li_fat_id → social): by the source or referrer    | paid_social or  |
 * |   | being a search engine / social network                                              | paid_other      |
 * | 6 | medium social / social-network / social-media / sm, or source a social network      | organic_social  |
 * | 7 | medium organic, or the referrer a search engine                                     | organic_search  |
 * | 8 | referrer a social network                                                           | organic_social  |
 * | 9 | any other UTM tag present                                                           | other           |
 * |10 | referrer another site (not one of `ownHosts`)                                       | referral        |
 * |11 | none of these (no tag, no referrer, or the shop's own host)                         | direct          |
 *
 * Search engines and social networks are matched by host (the table below); fbclid alone is not a paid signal
 * (Facebook adds it to organic links too).
 */

export const CHANNEL_CODES = [
  "email",
  "sms",
  "affiliate",
  "display",
  "paid_search",
  "paid_social",
  "paid_other",
  "organic_social",
  "organic_search",
  "other",
  "referral",
  "direct",
] as const
export type ChannelCode = (typeof CHANNEL_CODES)[number]

export type VisitSource = {
  utm_source?: string | null
  utm_medium?: string | null
  utm_campaign?: string | null
  /** click ids found in the landing URL */
  gclid?: string | null
  gbraid?: string | null
  wbraid?: string | null
  msclkid?: string | null
  ttclid?: string | null
  li_fat_id?: string | null
  referrer?: string | null
}

export const SEARCH_ENGINES = ["google", "bing", "yahoo", "duckduckgo", "baidu", "yandex", "ecosia", "ask", "aol", "naver", "seznam", "qwant", "startpage", "brave"]
export const SOCIAL_NETWORKS = [
  "facebook", "fb", "instagram", "twitter", "t.co", "x.com", "linkedin", "lnkd.in", "pinterest", "reddit", "tiktok",
  "youtube", "snapchat", "whatsapp", "tumblr", "vk.com", "weibo", "threads.net", "threads.com", "mastodon", "bsky.app",
]

/** Host of a URL or bare host, lower-cased, without "www." and port; null when there is none. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:@]+@)?([^/?#:]+)/i.exec(url.trim())
  const host = (m ? m[2] : /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(url.trim()) ? url.trim() : "").toLowerCase()
  if (!host) return null
  return host.startsWith("www.") ? host.slice(4) : host
}

function matchesList(value: string | null, list: string[]): boolean {
  if (!value) return false
  const labels = value.split(".")
  for (const name of list) {
    if (name.includes(".")) {
      if (value === name || value.endsWith(`.${name}`)) return true
    } else if (labels.includes(name)) return true
  }
  return false
}

export function isSearchEngine(hostOrSource: string | null): boolean {
  return matchesList(hostOrSource, SEARCH_ENGINES)
}

export function isSocialNetwork(hostOrSource: string | null): boolean {
  return matchesList(hostOrSource, SOCIAL_NETWORKS)
}

const norm = (v: string | null | undefined) => (v ? v.trim().toLowerCase() : "")

export function classifyChannel(visit: VisitSource, ownHosts: string[] = []): ChannelCode {
  const medium = norm(visit.utm_medium)
  const source = norm(visit.utm_source)
  const ref = hostOf(visit.referrer)
  const own = ownHosts.map((h) => hostOf(h) ?? h.toLowerCase())
  const refHost = ref && !own.some((h) => ref === h || ref.endsWith(`.${h}`)) ? ref : null
  if (/^(e[-_]?mail|newsletter)$/.test(medium) || /^(e[-_]?mail|newsletter)$/.test(source)) return "email"
  if (medium === "sms" || source === "sms") return "sms"
  if (/^(affiliates?|partner)$/.test(medium)) return "affiliate"
  if (/^(display|banner|cpm|programmatic)$/.test(medium)) return "display"
  const searchClick = !!(visit.gclid || visit.gbraid || visit.wbraid || visit.msclkid)
  const socialClick = !!(visit.ttclid || visit.li_fat_id)
  if (/^(cpc|ppc|retargeting|paid.*|.*cp.*)$/.test(medium) || searchClick || socialClick) {
    if (isSocialNetwork(source) || isSocialNetwork(refHost) || (socialClick && !searchClick)) return "paid_social"
    if (isSearchEngine(source) || isSearchEngine(refHost) || searchClick) return "paid_search"
    return "paid_other"
  }
  if (/^(social|social[-_ ]network|social[-_ ]media|sm)$/.test(medium) || isSocialNetwork(source)) return "organic_social"
  if (medium === "organic" || isSearchEngine(refHost)) return "organic_search"
  if (isSocialNetwork(refHost)) return "organic_social"
  if (medium || source || norm(visit.utm_campaign)) return "other"
  if (refHost) return "referral"
  return "direct"
}

/** The UTM parameters and click ids of a landing path or URL's query string. */
export function visitFromUrl(pathOrUrl: string | null | undefined): VisitSource {
  const out: VisitSource = {}
  if (!pathOrUrl) return out
  const q = pathOrUrl.indexOf("?")
  if (q < 0) return out
  const query = pathOrUrl.slice(q + 1).split("#")[0]
  const keys = ["utm_source", "utm_medium", "utm_campaign", "gclid", "gbraid", "wbraid", "msclkid", "ttclid", "li_fat_id"] as const
  for (const pair of query.split("&")) {
    const eq = pair.indexOf("=")
    const k = decodeSafe(eq < 0 ? pair : pair.slice(0, eq)).toLowerCase()
    const v = eq < 0 ? "" : decodeSafe(pair.slice(eq + 1))
    if ((keys as readonly string[]).includes(k) && v !== "") (out as Record<string, string>)[k] = v
  }
  return out
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "))
  } catch {
    return s
  }
}
