import { wordsOf } from '../core/words.js';
import { TOPIC_SLUGS, type Topic } from '../core/topics.js';

/**
 * Word beginnings that point to a topic, in English, Russian, German, French,
 * Spanish and Italian. Prefixes catch inflection ("minist" → minister, ministry,
 * министр needs its own). Country and leader names are left out on
 * purpose: they date quickly and drag every story about a place into one topic.
 * Only the extractive fallback uses these; the LLM chooses topics itself.
 */
const TOPIC_PREFIXES: Record<Topic, readonly string[]> = {
  world: [
    'war', 'invasion', 'invad', 'troops', 'nato', 'united nations', 'refugee', 'border', 'foreign', 'international', 'ceasefire', 'g20', 'summit', 'embass', 'militar', 'defense', 'defence', 'army', 'missile',
    'войн', 'вторжен', 'беженц', 'границ', 'международн', 'нато', 'военн', 'арми', 'оборон', 'ракет',
    'krieg', 'flüchtling', 'grenze', 'ausland', 'militär', 'armee', 'guerre', 'militaire', 'armée', 'réfugi', 'frontière', 'étranger', 'guerra', 'refugiad', 'frontera', 'extranjer', 'rifugiat', 'confin',
  ],
  politics: [
    'minist', 'president', 'parliament', 'election', 'elector', 'vote', 'voter', 'senat', 'congress', 'government', 'governor', 'kremlin', 'white house', 'diplomat', 'sanction', 'opposition', 'policy', 'politic', 'party', 'law', 'legislat', 'mayor', 'council', 'prime', 'talks', 'negotiat',
    'министр', 'переговор', 'президент', 'парламент', 'выбор', 'депутат', 'правительств', 'кремл', 'санкци', 'оппозици', 'закон', 'политик', 'дипломат',
    'regierung', 'wahl', 'kanzler', 'bundestag', 'partei', 'gesetz', 'verhandl', 'gouvernement', 'négoci', 'élection', 'président', 'député', 'gobierno', 'negocia', 'elección', 'elecciones', 'diputad', 'governo', 'elezion', 'presidente', 'partito', 'negozi',
  ],
  business: [
    'econom', 'market', 'stock', 'shares', 'investor', 'inflation', 'bank', 'compan', 'profit', 'revenue', 'trade', 'tariff', 'oil', 'gas', 'price', 'gdp', 'budget', 'tax', 'taxes', 'taxat', 'currenc', 'rouble', 'ruble', 'dollar', 'euro', 'industr', 'export', 'import',
    'эконом', 'рынк', 'рынок', 'акци', 'инфляц', 'банк', 'компани', 'прибыл', 'нефт', 'цен', 'бюджет', 'налог', 'валют', 'рубл', 'экспорт',
    'wirtschaft', 'steuer', 'impôt', 'impuest', 'unternehm', 'aktie', 'börse', 'preis', 'économi', 'entreprise', 'marché', 'bourse', 'prix', 'economía', 'empresa', 'mercado', 'precio', 'economia', 'azienda', 'prezz',
  ],
  technology: [
    'technolog', 'software', 'internet', 'online', 'digital', 'comput', 'smartphone', 'artificial intelligence', 'ai', 'app', 'cyber', 'hacker', 'startup', 'chip', 'semiconductor', 'google', 'apple', 'microsoft', 'telegram', 'data',
    'технолог', 'интернет', 'цифров', 'компьютер', 'смартфон', 'приложени', 'кибер', 'хакер',
    'technologie', 'digital', 'numérique', 'logiciel', 'tecnolog', 'informátic', 'tecnologia',
  ],
  science: [
    'scien', 'research', 'study', 'scientist', 'physic', 'chemi', 'biolog', 'space', 'nasa', 'astronom', 'planet', 'climate', 'species', 'fossil', 'experiment',
    'наук', 'учён', 'учен', 'исследован', 'космос', 'климат', 'физик', 'биолог',
    'wissenschaft', 'forsch', 'weltraum', 'klima', 'recherche', 'chercheur', 'espace', 'climat', 'cienci', 'investigación', 'espacio', 'clima', 'scienz', 'ricerca',
  ],
  health: [
    'health', 'hospital', 'doctor', 'patient', 'disease', 'virus', 'covid', 'pandemic', 'vaccin', 'medic', 'cancer', 'drug', 'infection', 'outbreak', 'mental',
    'здоров', 'больниц', 'врач', 'пациент', 'болезн', 'вирус', 'пандеми', 'вакцин', 'медицин',
    'gesundheit', 'krankenhaus', 'arzt', 'impf', 'santé', 'hôpital', 'médecin', 'maladie', 'salud', 'hospital', 'médic', 'enfermedad', 'salute', 'ospedal', 'malatti',
  ],
  sports: [
    'sport', 'football', 'soccer', 'match', 'tournament', 'championship', 'olympic', 'league', 'coach', 'player', 'goal', 'tennis', 'hockey', 'basketball', 'fifa', 'uefa', 'cup',
    'спорт', 'футбол', 'матч', 'турнир', 'чемпионат', 'олимпи', 'хоккей', 'тренер', 'игрок',
    'fußball', 'spiel', 'meisterschaft', 'olympi', 'trainer', 'football', 'championnat', 'joueur', 'fútbol', 'partido', 'campeonato', 'jugador', 'calcio', 'partita', 'campionato', 'giocator',
  ],
  culture: [
    'film', 'movie', 'cinema', 'music', 'concert', 'album', 'artist', 'museum', 'exhibition', 'theater', 'theatre', 'book', 'novel', 'writer', 'festival', 'actor', 'actress', 'culture', 'cultural',
    'фильм', 'кино', 'музык', 'концерт', 'художник', 'музе', 'выставк', 'театр', 'книг', 'роман', 'писател', 'фестивал', 'актер', 'актёр', 'культур',
    'musik', 'ausstellung', 'kultur', 'musique', 'exposition', 'théâtre', 'livre', 'écrivain', 'música', 'exposición', 'teatro', 'libro', 'escritor', 'musica', 'mostra', 'scrittor',
  ],
};

/** A topic needs at least this many keyword hits to be named. */
const MIN_HITS = 2;
/** Topics well behind the leader are noise from a passing mention. */
const MIN_SHARE_OF_LEADER = 0.4;

/**
 * Up to three topics, strongest first, by keyword hits in `text`; `['world']`
 * when nothing stands out, since news with no clear topic is still news.
 */
export function guessTopics(text: string): Topic[] {
  const words = wordsOf(text);
  const joined = ` ${words.join(' ')}`;
  const scores = TOPIC_SLUGS.map((topic) => {
    let hits = 0;
    for (const prefix of TOPIC_PREFIXES[topic]) {
      // Multi-word keys ("white house") are looked up in the joined words; the rest per word.
      if (prefix.includes(' ')) hits += joined.split(` ${prefix}`).length - 1;
      else if (prefix.length <= 3) hits += words.filter((word) => word === prefix).length;
      else hits += words.filter((word) => word.startsWith(prefix)).length;
    }
    return { topic, hits };
  });
  const leader = Math.max(...scores.map((score) => score.hits));
  const chosen = scores
    .filter((score) => score.hits >= MIN_HITS && score.hits >= leader * MIN_SHARE_OF_LEADER)
    .sort((a, b) => b.hits - a.hits)
    .slice(0, 3)
    .map((score) => score.topic);
  return chosen.length > 0 ? chosen : ['world'];
}
