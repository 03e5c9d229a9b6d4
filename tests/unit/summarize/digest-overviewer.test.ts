import { describe, expect, it } from 'vitest';
import { findUnsupportedInOverview } from '../../../src/summarize/digest-overviewer.js';

const gists = [
  'A magnitude 7.1 earthquake struck off Hokkaido, and Japan issued a tsunami warning.',
  'Unions at Portugal’s national railway walked out on Monday over pay, halting trains from Porto to Faro.',
];

describe('findUnsupportedInOverview', () => {
  it('accepts an overview that says only what the gists say', () => {
    expect(findUnsupportedInOverview('A 7.1 quake off Hokkaido led Japan to warn of a tsunami, while a rail strike halted trains in Portugal on Monday.', { gists })).toEqual([]);
  });

  it('names what the gists do not state', () => {
    expect(findUnsupportedInOverview('A 7.4 quake hit Sapporo, and rail unions in Portugal struck, “paralysing the country”.', { gists })).toEqual([
      { kind: 'number', text: '7.4' },
      { kind: 'name', text: 'Sapporo' },
      { kind: 'quote', text: 'paralysing the country' },
    ]);
  });

  it('checks an overview in another language by numbers and names only', () => {
    expect(findUnsupportedInOverview('Землетрясение магнитудой 7,1 у Хоккайдо и «большая» забастовка в Португалии.', { gists, language: 'ru' })).toEqual([]);
    expect(findUnsupportedInOverview('Землетрясение у Хоккайдо и забастовка в Испании.', { gists, language: 'ru' })).toEqual([{ kind: 'name', text: 'Испании' }]);
  });
});
