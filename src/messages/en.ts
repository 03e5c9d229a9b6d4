/**
 * The bot's own texts in English: the catalogue every other language is checked against.
 *
 * Conventions, for whoever adds a language:
 * - Texts are Telegram HTML unless their key sits under `plain` (button labels, pop-up answers,
 *   the command menu): those are shown as they are, so they carry no tags.
 * - `{{name}}` is replaced by a value and HTML-escaped; `{{- name}}` is replaced by a piece that is
 *   HTML already (a link, a list built from other catalogue texts) and is not escaped again.
 * - A key ending in `_one` / `_other` (and `_few` / `_many` in Russian) is one text in its plural
 *   forms, chosen by `{{count}}` with the language's own plural rules (Intl.PluralRules).
 * - Emoji open a message where they say at a glance what it is about; keep them.
 */
export const en = {
  help: {
    intro:
      '👋 <b>Newsdigest</b> turns news into short, faithful summaries.\n' +
      '\n' +
      'Send me:\n' +
      '• a <b>link</b> to an article\n' +
      '• the <b>text</b> of an article — a whole copied page is fine, I find the article in it\n' +
      '• a <b>post forwarded</b> from a news channel\n' +
      '\n' +
      'You get the title, the key points and the topics. Ask again about the same article and the answer is instant.\n' +
      '\n' +
      '/summarize — summarize a link or text; reply with it to any message, also in groups\n' +
      '\n' +
      '📰 <b>Daily digest</b>: follow topics and get one message a day at your hour, with only what is new, the same story from several sources merged.\n' +
      '/topics — pick topics (or /subscribe world science, /unsubscribe all)\n' +
      '/digest — your digest now\n' +
      '/time 07:30 · /timezone Europe/Berlin · /language ru · /settings\n' +
      '/forget — delete everything I keep about you\n' +
      '/help — this message',
    extractiveNote: '<i>This bot runs without an AI model, so summaries are key sentences picked from the article.</i>',
    admin:
      '🛠 <b>For admins</b>\n' +
      '/sources — the feeds and channels digests are made from, with their health\n' +
      '/addsource <i>URL</i> [topics] — add a feed (or a site page that links to its feed)\n' +
      '/removesource <i>number or URL</i> — drop one\n' +
      '/sources export — the feed list as an OPML file; send me an .opml file to import one\n' +
      'Make me an administrator of a channel and its posts go into digests too.\n' +
      '/stats — usage, today’s LLM tokens, sources’ health',
  },
  general: {
    failure: 'Sorry, something went wrong on my side. Please try again.',
    storeUnavailable: 'I can\'t reach my storage right now, so nothing was changed. Please try again in a minute.',
    welcomeBack: '👋 Welcome back! Telegram could not deliver your digests for a while, so I paused them. They resume now: see /settings.',
    quoted: '“{{text}}”',
  },
  summarize: {
    tooShort: 'That\'s too short to summarize. Send me a link, paste a whole article (a copied page is fine), or forward a post from a news channel.',
    mediaOnly: 'I can only read text and links, not pictures or files. Send the article text or a link to it.',
    usage: 'Send <code>/summarize</code> followed by a link or an article, or reply <code>/summarize</code> to a message.',
    greeting:
      'Hi! Send me a link to a news article, paste the article\'s text, or forward a post from a news channel, and I\'ll send you a short summary. /help shows what else I can do.',
    progressText: '⏳ Summarizing…',
    progressLink: '⏳ Reading {{host}}…',
    tooManyLinks: 'I summarize up to {{max}} links per message; send the other {{n}} separately.',
    failed: '⚠️ {{- reason}}',
  },
  summary: {
    title: '<b>{{title}}</b>',
    byline: '<i>{{byline}}</i>',
    forwardedFrom: '↪️ Forwarded from {{- origin}}',
    bullet: '• {{text}}',
    gist: '💡 {{text}}',
    topics: '🏷 {{topics}}',
    link: '🔗 {{- link}}',
    extractiveNote: '<i>⚠️ {{- note}}</i>',
    extractive: {
      noModel: 'Extractive summary: key sentences picked from the article itself (no AI model is configured for this bot).',
      unfaithful: 'The AI summary said things the article does not support, so these are key sentences picked from the article itself.',
      budgetSpent:
        'Today\'s AI budget for this bot is spent, so these are key sentences picked from the article itself. Full summaries are back tomorrow (UTC).',
      unavailable:
        'The AI summarizer is unavailable right now, so these are key sentences picked from the article itself. Ask again later for a full summary.',
    },
  },
  failure: {
    internal: 'Something went wrong on my side while summarizing that. Please try again in a minute.',
    noArticle:
      'I opened {{host}} but couldn\'t find an article on that page. If it\'s behind a login or built only with JavaScript, paste the article text instead.',
    invalidUrl: 'That link doesn\'t look like a valid web address.',
    unsupportedScheme: 'I can only open http:// and https:// links.',
    privateAddress: '{{host}} points to a private or local network address, which I don\'t open.',
    dnsFailure: 'I couldn\'t find the site {{host}}. Check the link for typos.',
    timeout: '{{host}} took too long to answer. Try again later, or paste the article text.',
    tooManyRedirects: 'That link redirects too many times; I gave up following it.',
    tooLarge: 'That page is too large for me to read. Paste the article text instead.',
    network: 'I couldn\'t connect to {{host}}. The site may be down; try again later.',
    gone: 'That page answered {{status}}: it doesn\'t exist (any more). Check the link.',
    refused: '{{host}} refused to show me that page ({{status}}). It may need a login or block bots; paste the article text instead.',
    rateLimited: '{{host}} says I\'m asking too often (429). Try again in a few minutes.',
    serverError: '{{host}} had a server error ({{status}}). Try again later.',
    otherStatus: 'That page answered {{status}}, not an article.',
    errorStatus: 'That page answered with an error, not an article.',
    image: 'That link is an image, not an article.',
    video: 'That link is a video, not an article.',
    audio: 'That link is an audio file, not an article.',
    pdf: 'That link is a PDF. I can only read web pages for now; paste the text instead.',
    file: 'That link is a file ({{type}}), not a web page with an article.',
  },
  quota: {
    minute: 'That\'s more than {{limit}} new summaries in a minute{{- leftOut}}. You can send more from {{time}} {{zone}}.',
    day:
      'You\'ve reached today\'s limit of {{limit}} new summaries{{- leftOut}}. You can ask for new ones from {{when}} {{zone}}{{- utcNote}}. ' +
      'Articles that were summarized before still answer right away.',
    leftOut: ', so {{n}} of these links were not summarized',
    utcNote: ' (the day is counted in UTC)',
  },
  digest: {
    title: '📰 <b>Your news digest</b>',
    dateLine_one: '<i>{{date}} · {{count}} story</i>',
    dateLine_other: '<i>{{date}} · {{count}} stories</i>',
    overview: '{{overview}}',
    snippetsBudgetSpent: '<i>ℹ️ Today\'s AI budget for this bot is spent, so stories marked ✂️ show the outlet\'s own snippet instead of a summary.</i>',
    snippetsUnavailable: '<i>ℹ️ Stories marked ✂️ show the outlet\'s own snippet: I couldn\'t summarize them this time.</i>',
    topicHeading: '{{emoji}} <b>{{name}}</b>',
    itemTitle: '<b>{{title}}</b>',
    itemGist: '{{gist}}',
    itemSnippet: '✂️ <i>{{gist}}</i>',
    itemSource: '🔗 {{- links}}',
    itemSources_one: '🔗 {{count}} source: {{- links}}',
    itemSources_other: '🔗 {{count}} sources: {{- links}}',
    underWay: 'Your digest is on its way.',
    noTopics: 'You don\'t follow any topics yet. Pick some in /topics, then ask again.',
    nothingNew: 'Nothing new on your topics since {{since}}.',
    failed: 'Sorry, I could not send your digest. Please try again in a minute.',
  },
  topics: {
    menu: '🗂 <b>Topics</b>\nTap a topic to follow or drop it.\n\n{{- status}}',
    noneYet: 'You follow no topics yet.',
    status: 'You follow {{- topics}}: one digest a day at <b>{{time}}</b> ({{zone}}).',
    subscribed: '✅ You follow {{- topics}}. Your digest comes daily at <b>{{time}}</b> ({{zone}}); /digest sends one now.',
    unsubscribeUsage: 'Name the topics to drop, like <code>/unsubscribe sports</code>, or <code>/unsubscribe all</code>. Or tap them in /topics.',
    noneLeft: 'You follow no topics now, so no more daily digests. /topics to pick some again.',
    stillFollow: 'You still follow {{- topics}}.',
    unknown_one: 'I don\'t know the topic {{- names}}. These are the topics: {{slugs}}. Or tap them in /topics.',
    unknown_other: 'I don\'t know the topics {{- names}}. These are the topics: {{slugs}}. Or tap them in /topics.',
    listItem: '{{emoji}} {{name}}',
  },
  settings: {
    timeUsage: 'Send the time as HH:MM on a 24-hour clock, for example <code>/time 07:30</code>.',
    notATime: '“{{input}}” is not a time of day. {{- usage}}',
    timeSet: '⏰ Your digest comes at <b>{{time}}</b> ({{zone}}).',
    timezoneUsage: 'Send a time zone name like <code>/timezone Europe/Berlin</code> or an offset like <code>/timezone UTC+3</code>.',
    unknownZone: 'I don\'t know the time zone “{{input}}”. {{- usage}}',
    zoneSet: '🌐 Your time zone is <b>{{zone}}</b>; your digest comes at {{time}} there.',
    languageUsage:
      'Send a language like <code>/language ru</code> or <code>/language German</code>, or <code>/language original</code> to read each article in its own language.',
    unknownLanguage: 'I don\'t know the language “{{input}}”. {{- usage}}',
    languageOriginal: '🗣 Summaries and digests keep each article’s own language now.',
    languageSet: '🗣 Summaries and digests come in <b>{{language}}</b> now, whatever the article’s language.',
    languageSavedNoModel:
      '🗣 Saved: <b>{{language}}</b>. This bot runs without an AI model, so summaries stay in each article’s own language until one is set up.',
    nextDigest: 'Next digest: {{when}}.',
    followToGet: 'Follow a topic in /topics to get it.',
    title: '⚙️ <b>Your settings</b>',
    topics: 'Topics: {{- topics}}',
    topicsNone: 'Topics: none yet (/topics)',
    delivery: 'Delivery: <b>{{time}}</b> ({{zone}}) — change with /time and /timezone',
    languageOwn: 'Language: <b>each article’s own</b> — change with /language',
    languageChosen: 'Language: <b>{{language}}</b> — change with /language',
    languageFromApp: 'Language: <b>{{language}}</b> (your Telegram app’s) — change with /language',
    forgetConfirm: 'Delete your topics, settings and digest history? This cannot be undone.',
    forgetDone: '🗑 Done: I deleted your topics, settings and digest history.',
    forgetKept: 'Nothing was deleted.',
  },
  sources: {
    notAdmin: 'Only the bot’s admins can change sources.',
    addUsage:
      'Send <code>/addsource &lt;feed or site URL&gt; [topics…]</code>, for example <code>/addsource https://www.nasa.gov/rss/dyn/breaking_news.rss science</code>. Without topics, each item’s topics are guessed from its text.',
    removeUsage: 'Send <code>/removesource &lt;number from /sources or URL&gt;</code>, for example <code>/removesource 3</code>.',
    exported_one: '📤 {{count}} feed. Send this file back to me (or to another bot) to import them.',
    exported_other: '📤 {{count}} feeds. Send this file back to me (or to another bot) to import them.',
    unknownTopics_one: 'I don\'t know the topic {{- names}}. See /topics for the list.',
    unknownTopics_other: 'I don\'t know the topics {{- names}}. See /topics for the list.',
    reading: '⏳ Reading {{url}}…',
    added: '✅ Added <b>{{name}}</b>. I check it within a minute, then every few minutes as the feed allows.{{- topicsNote}}',
    addedFromPage: '✅ Added <b>{{name}}</b> (the feed of that page: {{url}}). I check it within a minute, then every few minutes as the feed allows.{{- topicsNote}}',
    addedTopics: ' Topics: {{- topics}}.',
    exists: 'That feed is a source already: <b>{{name}}</b>. See /sources.',
    refused: '⚠️ I can\'t add {{url}}: {{- reason}}.',
    removed: '🗑 Removed <b>{{name}}</b>. Its stories already in digests stay until they age out.',
    noSuch: 'No source “{{reference}}”. {{- usage}} /sources lists them with their numbers.',
    fileUnreadable: '⚠️ I couldn\'t read that file: {{reason}}.',
    notOpml: '⚠️ That file is not an OPML list I can read: {{reason}}.',
    imported: '📥 Imported: {{added}} added, {{already}} already there, {{refusedCount}} refused.',
    importedWithRefusals: '📥 Imported: {{added}} added, {{already}} already there, {{refusedCount}} refused: {{- refused}}.',
    refusedEntry: '{{url}} ({{- reason}})',
    empty: '📡 <b>Sources</b>\nNo sources yet. Add a feed with /addsource, send me an .opml file, or make me an administrator of a channel.',
    listTitle: '📡 <b>Sources</b> ({{n}}) · times in {{zone}}',
    listFooter: '/addsource URL [topics] · /removesource N · /sources export · send an .opml file to import',
    tallyWorking: '✅ {{n}} working',
    tallyFailing: '⚠️ {{n}} failing',
    tallyDeactivated: '⛔ {{n}} deactivated',
    tallyUnread: '🕒 {{n}} not read yet',
    tallyChannels: '📣 {{n}} channels',
    entry: '{{number}}. {{icon}} <b>{{name}}</b>{{topics}}',
    entryDetail: '   {{- detail}}',
    url: '{{url}}',
    channelTaken_one: 'channel{{username}} · {{count}} post taken',
    channelTaken_other: 'channel{{username}} · {{count}} posts taken',
    deactivatedAt: 'deactivated {{when}}: {{reason}}',
    lastOk: 'last ok {{when}}',
    notReadYet: 'not read yet',
    items_one: '{{count}} item',
    items_other: '{{count}} items',
    nextNow: 'next now',
    nextAt: 'next {{when}}',
    failures_one: '{{count}} failure in a row',
    failures_other: '{{count}} failures in a row',
    failuresWithError_one: '{{count}} failure in a row: {{error}}',
    failuresWithError_other: '{{count}} failures in a row: {{error}}',
    channelAdmin: '📣 I\'m an administrator of <b>{{name}}</b> now: its posts go into digests. /sources lists it.',
    channelDropped: '📣 I\'m no longer an administrator of <b>{{name}}</b>, so it is no source any more.',
    feedDeactivated: '⛔ The feed {{name}} is no longer checked: {{reason}}.',
    reason: {
      notHttp: 'not an http(s) address',
      unsafeXml: 'it declares XML entities, which I refuse to expand',
      malformed: 'it is not a feed I can read (malformed XML or JSON)',
      noFeedNamed: 'that page is no feed and names no feed (no &lt;link rel="alternate"&gt; to RSS, Atom or JSON Feed)',
      notAFeed: 'it is not an RSS, Atom or JSON feed',
      privateAddress: 'it points to a private or local network address',
      status: 'the server answered {{status}}',
      statusUnknown: 'the server answered with an error',
      fetchFailed: 'I could not fetch it ({{code}})',
      unknown: 'I could not fetch it',
    },
  },
  stats: {
    notAdmin: '/stats is for the bot’s admins.',
    title: '📊 <b>Stats</b> — since start ({{started}} UTC) · in total',
    row: '{{- label}}: <b>{{sinceStart}}</b> · {{total}}',
    articlesSummarized: 'Articles summarized',
    cacheHitRate: 'Cache hit rate',
    cacheHits: 'Cache hits',
    llmCalls: 'LLM calls',
    promptTokens: 'Prompt tokens',
    completionTokens: 'Completion tokens',
    fallbacks: 'Extractive fallbacks',
    faithfulnessChecked: 'Summaries checked for faithfulness',
    faithfulnessRepaired: 'Repaired after the check',
    faithfulnessTrimmed: 'Trimmed (bullets dropped)',
    faithfulnessReplaced: 'Title or gist replaced',
    tokensToday: 'LLM tokens today (UTC): <b>{{spent}}</b> of no limit',
    tokensTodayLimited: 'LLM tokens today (UTC): <b>{{spent}}</b> of {{limit}} ({{percent}}%)',
    sources_one: 'Sources: <b>{{active}}</b> active · {{failing}} failing · {{deactivated}} deactivated · {{count}} channel',
    sources_other: 'Sources: <b>{{active}}</b> active · {{failing}} failing · {{deactivated}} deactivated · {{count}} channels',
    itemsToday: 'Items taken today: <b>{{n}}</b>',
    noErrors: 'Errors: none',
    errorsTitle: '<b>Errors by kind</b>',
  },
  plain: {
    fileNotGiven: 'Telegram did not give me the file',
    topic: {
      world: 'World',
      politics: 'Politics',
      business: 'Business',
      technology: 'Technology',
      science: 'Science',
      health: 'Health',
      sports: 'Sports',
      culture: 'Culture',
    },
    unknownType: 'unknown type',
    openArticle: '📰 Open the article',
    topicButton: '{{mark}} {{emoji}} {{name}}',
    buttonExpired: 'That button has expired.',
    topicButtonExpired: 'That button has expired; send /topics again.',
    following: 'Following {{topic}}',
    stoppedFollowing: 'Stopped following {{topic}}',
    forgetYes: '🗑 Yes, delete everything',
    forgetCancel: 'Cancel',
    deleted: 'Deleted',
    nothingDeleted: 'Nothing deleted',
    command: {
      summarize: 'Summarize a link or text (or reply with it to a message)',
      topics: 'Pick the topics of your daily digest',
      digest: 'Your digest now: what is new since the last one',
      settings: 'Your topics, delivery time and time zone',
      time: 'Set the delivery time, e.g. /time 07:30',
      timezone: 'Set your time zone, e.g. /timezone Europe/Berlin',
      language: 'The language of your summaries, e.g. /language ru',
      help: 'What I can do',
    },
  },
};
