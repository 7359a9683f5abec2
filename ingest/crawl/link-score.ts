export interface Link {
  url: string;
  /** The link's own words. */
  text: string;
  /** Words around it (its list item, paragraph or table row). */
  context: string;
}

const STRONG =
  /self[-\s]?assessment|complaints?[-\s]handling[-\s]code|housing[-\s]ombudsman|complaints?[-\s]performance|service[-\s]improvement[-\s]report/i;
const MEDIUM = /complain|ombudsman|feedback|annual[-\s]report|performance/i;
const WEAK =
  /polic(y|ies)|publications?|documents?|about|governance|reports?|tenants?|residents?|customers?|how[-\s]we[-\s]are[-\s]doing/i;
const DOCUMENT = /\.(pdf|docx?)(\?|$)/i;
const UNLIKELY =
  /\b(login|log-in|sign-?in|register|basket|cart|search|calendar|events?|news\/\d|jobs?|vacanc|careers?|twitter|facebook|linkedin|instagram|youtube)\b/i;

/**
 * How promising a link is for finding a self-assessment: words of the link text count most,
 * then the URL's words, then the text around it; documents (PDF, Word) get a lift, and
 * links to logins, calendars, news archives or social media sink.
 */
export function scoreLink(link: Link): number {
  const url = decodeURIComponent(link.url)
    .toLowerCase()
    .replace(/[-_/.+]+/g, ' ');
  let score = 0;
  for (const [text, weight] of [
    [link.text, 3],
    [url, 2],
    [link.context, 1],
  ] as const) {
    if (STRONG.test(text)) {
      score += 10 * weight;
    } else if (MEDIUM.test(text)) {
      score += 4 * weight;
    } else if (WEAK.test(text)) {
      score += 1 * weight;
    }
  }
  if (DOCUMENT.test(link.url)) {
    score += 5;
  }
  if (UNLIKELY.test(`${link.text} ${url}`)) {
    score -= 20;
  }
  return score;
}
