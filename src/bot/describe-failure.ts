import { ExtractError } from '../extract/extract-error.js';
import { FetchError } from '../extract/fetch-error.js';
import type { Texts } from '../messages/catalogue.js';
import { isStoreError } from '../store/store-error.js';
import { hostOf } from './format-summary.js';

/** A kind name for /stats and logs: `fetch_timeout`, `extract_no_article`, `internal`… */
export function failureKind(error: unknown): string {
  if (error instanceof FetchError) return `fetch_${error.code}`;
  if (error instanceof ExtractError) return `extract_${error.code}`;
  if (isStoreError(error)) return `store_${error.code}`;
  return 'internal';
}

/** What the person reads (Telegram HTML) when a link could not be summarized: what happened, in plain words. */
export function describeFailure(texts: Texts, error: unknown, url: string): string {
  const host = hostOf(url);
  if (error instanceof ExtractError) return texts.html('failure.noArticle', { host });
  if (!(error instanceof FetchError)) return describeOwnFailure(texts, error);
  switch (error.code) {
    case 'invalid_url':
      return texts.html('failure.invalidUrl');
    case 'unsupported_scheme':
      return texts.html('failure.unsupportedScheme');
    case 'private_address':
      return texts.html('failure.privateAddress', { host });
    case 'dns_failure':
      return texts.html('failure.dnsFailure', { host });
    case 'timeout':
      return texts.html('failure.timeout', { host });
    case 'too_many_redirects':
      return texts.html('failure.tooManyRedirects');
    case 'http_status':
      return describeStatus(texts, error.status, host);
    case 'unsupported_type':
      return describeMediaType(texts, error.contentType);
    case 'too_large':
      return texts.html('failure.tooLarge');
    case 'network':
      return texts.html('failure.network', { host });
  }
}

/**
 * What the person reads when the bot itself failed: the store out of reach ("nothing was changed, try
 * again in a minute"), or anything else ("something went wrong on my side").
 */
export function describeOwnFailure(texts: Texts, error: unknown): string {
  return texts.html(isStoreError(error) ? 'general.storeUnavailable' : 'general.failure');
}

function describeStatus(texts: Texts, status: number | undefined, host: string): string {
  if (status === undefined) return texts.html('failure.errorStatus');
  if (status === 404 || status === 410) return texts.html('failure.gone', { status });
  if (status === 401 || status === 403) return texts.html('failure.refused', { host, status });
  if (status === 429) return texts.html('failure.rateLimited', { host });
  if (status >= 500) return texts.html('failure.serverError', { host, status });
  return texts.html('failure.otherStatus', { status });
}

function describeMediaType(texts: Texts, contentType: string | undefined): string {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type.startsWith('image/')) return texts.html('failure.image');
  if (type.startsWith('video/')) return texts.html('failure.video');
  if (type.startsWith('audio/')) return texts.html('failure.audio');
  if (type === 'application/pdf') return texts.html('failure.pdf');
  return texts.html('failure.file', { type: type || texts.plain('plain.unknownType') });
}
