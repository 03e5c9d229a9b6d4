import { textsLanguage, type Subscriptions } from '../digest/subscriptions.js';
import type { Logger } from '../logger.js';
import type { Catalogue, Texts } from '../messages/catalogue.js';
import type { Messenger } from './messenger.js';

/** Tells every admin something, each in their own texts (their /language, else their app's as last seen). */
export interface AdminNotices {
  tell(render: (texts: Texts) => string): Promise<void>;
}

export function createAdminNotices(deps: {
  messenger: Messenger;
  catalogue: Catalogue;
  subscriptions: Pick<Subscriptions, 'get'>;
  adminIds: readonly number[];
  logger: Logger;
}): AdminNotices {
  return {
    async tell(render) {
      for (const adminId of deps.adminIds) {
        try {
          const texts = deps.catalogue.texts(textsLanguage(await deps.subscriptions.get(adminId)));
          await deps.messenger.send(adminId, { html: render(texts) });
        } catch (error) {
          // One admin out of reach does not keep the others from hearing it.
          deps.logger.warn({ err: error, adminId }, 'could not tell an admin');
        }
      }
    },
  };
}
