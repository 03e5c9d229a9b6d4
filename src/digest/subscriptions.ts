import { textsLanguageFor, type CatalogueLanguage } from '../messages/catalogue.js';
import type { SubscriberStore, Subscriber } from '../store/subscriber-store.js';
import type { Topic } from '../core/topics.js';
import type { Clock } from '../core/clock.js';
import { nextDeliveryAt, type ClockTime } from './local-time.js';

/** What people change about their digest; every change keeps the schedule in step. */
export interface Subscriptions {
  get(chatId: number): Promise<Subscriber | undefined>;
  toggleTopic(chatId: number, topic: Topic): Promise<Subscriber>;
  subscribe(chatId: number, topics: readonly Topic[]): Promise<Subscriber>;
  unsubscribe(chatId: number, topics: readonly Topic[] | 'all'): Promise<Subscriber>;
  setDeliveryTime(chatId: number, time: ClockTime): Promise<Subscriber>;
  setTimeZone(chatId: number, timeZone: string): Promise<Subscriber>;
  /** Telegram refused delivery (blocked, chat gone): stop sending until they write again. */
  markUnreachable(chatId: number): Promise<void>;
  /**
   * They wrote to the bot: deliver again if they had stopped receiving, and remember their app's language.
   * 'resumed' when digests were paused and now resume; 'unknown' when the chat has no subscription yet.
   */
  noteReader(chatId: number, clientLanguage?: string): Promise<'resumed' | 'known' | 'unknown'>;
  /** /language: a code, or 'original' for each article's own language. */
  setLanguage(chatId: number, language: string): Promise<Subscriber>;
  /** A digest up to `until` was delivered: move the "since" mark, and the schedule if it was a scheduled one. */
  markDelivered(chatId: number, until: number, options: { scheduled: boolean }): Promise<void>;
  /** A scheduled digest had nothing new: keep the "since" mark, move the schedule to the next day. */
  markSkipped(chatId: number): Promise<void>;
  /** Deletes everything held about the chat's subscription. */
  forget(chatId: number): Promise<void>;
}

export interface SubscriptionDefaults {
  deliveryTime: ClockTime;
  timeZone: string;
}

/**
 * The language a reader gets summaries and digests in: their /language choice, else their Telegram
 * app's; undefined means each article's own language.
 */
export function readingLanguage(subscriber: Pick<Subscriber, 'language' | 'clientLanguage'> | undefined, clientLanguage?: string): string | undefined {
  const chosen = subscriber?.language;
  if (chosen === 'original') return undefined;
  return chosen ?? clientLanguage ?? subscriber?.clientLanguage;
}

/**
 * The language of the bot's own texts for a reader: their /language choice when the message catalogue
 * has it, else their Telegram app's, else English. Summaries may still be in a language it has not.
 */
export function textsLanguage(subscriber: Pick<Subscriber, 'language' | 'clientLanguage'> | undefined, clientLanguage?: string): CatalogueLanguage {
  const chosen = subscriber?.language === 'original' ? undefined : subscriber?.language;
  return textsLanguageFor(chosen, clientLanguage ?? subscriber?.clientLanguage);
}

export function createSubscriptions({
  subscribers,
  clock,
  defaults,
}: {
  subscribers: SubscriberStore;
  clock: Clock;
  defaults: SubscriptionDefaults;
}): Subscriptions {
  const fresh = (chatId: number): Subscriber => ({
    chatId,
    topics: [],
    deliveryTime: defaults.deliveryTime,
    timeZone: defaults.timeZone,
    active: true,
    createdAt: clock.now(),
  });

  /** Due while following any topic and reachable; kept as it is unless `reschedule`. */
  function withSchedule(subscriber: Subscriber, reschedule: boolean): Subscriber {
    const { nextDigestAt, ...rest } = subscriber;
    if (subscriber.topics.length === 0 || !subscriber.active) return rest;
    if (nextDigestAt !== undefined && !reschedule) return subscriber;
    return { ...rest, nextDigestAt: nextDeliveryAt(clock.now(), subscriber.deliveryTime, subscriber.timeZone) };
  }

  async function change(chatId: number, edit: (current: Subscriber) => Subscriber, reschedule = false): Promise<Subscriber> {
    const updated = await subscribers.update(chatId, (current) => withSchedule(edit(current ?? fresh(chatId)), reschedule));
    return updated as Subscriber;
  }

  return {
    get: (chatId) => subscribers.get(chatId),
    toggleTopic: (chatId, topic) =>
      change(chatId, (current) => ({
        ...current,
        topics: current.topics.includes(topic) ? current.topics.filter((each) => each !== topic) : [...current.topics, topic],
      })),
    subscribe: (chatId, topics) =>
      change(chatId, (current) => ({ ...current, topics: [...current.topics, ...topics.filter((topic) => !current.topics.includes(topic))] })),
    unsubscribe: (chatId, topics) =>
      change(chatId, (current) => ({ ...current, topics: topics === 'all' ? [] : current.topics.filter((topic) => !topics.includes(topic)) })),
    setDeliveryTime: (chatId, time) => change(chatId, (current) => ({ ...current, deliveryTime: time }), true),
    setTimeZone: (chatId, timeZone) => change(chatId, (current) => ({ ...current, timeZone }), true),
    async markUnreachable(chatId) {
      await subscribers.update(chatId, (current) => current && withSchedule({ ...current, active: false }, false));
    },
    async noteReader(chatId, clientLanguage) {
      const current = await subscribers.get(chatId);
      if (!current) return 'unknown';
      const languageChanged = clientLanguage !== undefined && current.clientLanguage !== clientLanguage;
      if (current.active && !languageChanged) return 'known'; // the common case costs one read
      await subscribers.update(
        chatId,
        (latest) => latest && withSchedule({ ...latest, active: true, ...(clientLanguage && { clientLanguage }) }, !latest.active),
      );
      return current.active ? 'known' : 'resumed';
    },
    setLanguage: (chatId, language) => change(chatId, (current) => ({ ...current, language })),
    async markDelivered(chatId, until, { scheduled }) {
      await subscribers.update(
        chatId,
        (current) => current && withSchedule({ ...current, lastDigestAt: Math.max(until, current.lastDigestAt ?? 0) }, scheduled),
      );
    },
    async markSkipped(chatId) {
      await subscribers.update(chatId, (current) => current && withSchedule(current, true));
    },
    async forget(chatId) {
      await subscribers.update(chatId, () => undefined);
    },
  };
}
