import type { DigestDelivery } from '../digest/digest-delivery.js';
import type { ArticleIntake } from '../ingest/article-intake.js';
import type { Subscriptions } from '../digest/subscriptions.js';
import type { Article } from '../core/article.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../logger.js';
import type { SourceCatalog } from '../sources/source-catalog.js';
import type { TokenBudget } from '../store/token-budget.js';
import type { UsageQuota } from '../store/usage-quota.js';
import type { Stats } from '../store/stats-store.js';
import type { SummaryService } from '../summarize/summary-service.js';
import type { BackgroundJobs } from './background-jobs.js';
import type { Messenger } from './messenger.js';
import type { AdminNotices } from './admin-notices.js';
import type { Catalogue } from '../messages/catalogue.js';
import type { Coordination } from '../store/coordination.js';

/** What the bot's features are given; built once in app.ts. */
import type { HeldPastes } from '../store/held-pastes.js';
import type { StoredPastePiece } from './stored-paste-piece.js';

export interface BotDependencies {
  summaries: SummaryService;
  /** Finds the article inside pasted text (a page dump, a forwarded post). */
  extractPastedText: (text: string) => Article;
  messenger: Messenger;
  subscriptions: Subscriptions;
  digests: DigestDelivery;
  /** The one way into the digest pool: summaries of public articles, channel posts. */
  intake: ArticleIntake;
  jobs: BackgroundJobs;
  stats: Stats;
  /** Feeds and channels digests fill themselves from; managed by admins. */
  sources: SourceCatalog;
  /** Fair use: asked before each new summary (not a cache hit) a person asks for; given back when none came of it. */
  quota: Pick<UsageQuota, 'tryTake' | 'giveBack'>;
  /** Today's LLM spend against LLM_DAILY_TOKEN_BUDGET, for /stats. */
  budget: Pick<TokenBudget, 'dailyLimit' | 'spentToday'>;
  /** Pieces of split pastes held in the store for every instance behind the webhook; absent: held in this process. */
  heldPastes?: HeldPastes<StoredPastePiece>;
  /** Leases shared by every instance on the store (in this process alone on SQLite). */
  coordination: Pick<Coordination, 'tryLease'>;
  /** The bot's own texts in every language it speaks. */
  catalogue: Catalogue;
  /** Tells the admins something, each in their language. */
  adminNotices: AdminNotices;
  clock: Clock;
  logger: Logger;
  settings: {
    adminIds: readonly number[];
    maxLinksPerMessage: number;
    /** Says in replies which kind of summarizer answers: 'llm' or 'extractive'. */
    summarizerKind: 'llm' | 'extractive';
    defaultDeliveryTime: string;
    defaultTimeZone: string;
  };
}
