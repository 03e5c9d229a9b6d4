import { ExtractError } from '../extract/extract-error.js';
import { FetchError } from '../extract/fetch-error.js';
import { hostOf } from './format-summary.js';

/** A kind name for /stats and logs: `fetch_timeout`, `extract_no_article`, `internal`… */
export function failureKind(error: unknown): string {
  if (error instanceof FetchError) return `fetch_${error.code}`;
  if (error instanceof ExtractError) return `extract_${error.code}`;
  return 'internal';
}

/** What the person reads when a link could not be summarized: what happened, in plain words. */
export function describeFailure(error: unknown, url: string): string {
  const host = hostOf(url);
  if (error instanceof ExtractError) {
    return `I opened ${host} but couldn't find an article on that page. If it's behind a login or built only with JavaScript, paste the article text instead.`;
  }
  if (!(error instanceof FetchError)) {
    return 'Something went wrong on my side while summarizing that. Please try again in a minute.';
  }
  switch (error.code) {
    case 'invalid_url':
      return "That link doesn't look like a valid web address.";
    case 'unsupported_scheme':
      return 'I can only open http:// and https:// links.';
    case 'private_address':
      return `${host} points to a private or local network address, which I don't open.`;
    case 'dns_failure':
      return `I couldn't find the site ${host}. Check the link for typos.`;
    case 'timeout':
      return `${host} took too long to answer. Try again later, or paste the article text.`;
    case 'too_many_redirects':
      return `That link redirects too many times; I gave up following it.`;
    case 'http_status':
      return describeStatus(error.status, host);
    case 'unsupported_type':
      return describeMediaType(error.contentType);
    case 'too_large':
      return `That page is too large for me to read. Paste the article text instead.`;
    case 'network':
      return `I couldn't connect to ${host}. The site may be down; try again later.`;
  }
}

function describeStatus(status: number | undefined, host: string): string {
  if (status === 404 || status === 410) return `That page answered ${status}: it doesn't exist (any more). Check the link.`;
  if (status === 401 || status === 403) return `${host} refused to show me that page (${status}). It may need a login or block bots; paste the article text instead.`;
  if (status === 429) return `${host} says I'm asking too often (429). Try again in a few minutes.`;
  if (status !== undefined && status >= 500) return `${host} had a server error (${status}). Try again later.`;
  return `That page answered ${status ?? 'with an error'}, not an article.`;
}

function describeMediaType(contentType: string | undefined): string {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type.startsWith('image/')) return 'That link is an image, not an article.';
  if (type.startsWith('video/')) return 'That link is a video, not an article.';
  if (type.startsWith('audio/')) return 'That link is an audio file, not an article.';
  if (type === 'application/pdf') return "That link is a PDF. I can only read web pages for now; paste the text instead.";
  return `That link is a file (${type || 'unknown type'}), not a web page with an article.`;
}
