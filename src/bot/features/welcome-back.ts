/** Told to a person whose paused digests resume: they wrote again, or unblocked the bot. */
export const WELCOME_BACK_HTML =
  '👋 Welcome back! Telegram could not deliver your digests for a while, so I paused them. They resume now: see /settings.';
