import { describe, expect, it } from 'vitest';
import { splitItems } from './items';

describe('splitItems', () => {
  it('splits lists on commas, «og», «eller», slashes and line breaks', () => {
    expect(splitItems('Mor, far og skolen')).toEqual(['Mor', 'far', 'skolen']);
    expect(splitItems('mor/far')).toEqual(['mor', 'far']);
    expect(splitItems('- Mor\n- Familieveileder')).toEqual(['Mor', 'Familieveileder']);
    expect(splitItems('Mor eller far')).toHaveLength(2);
  });

  it('keeps one party that is written with «v/», a compound head or an inner «og» of a name part', () => {
    expect(splitItems('Barnevernstjenesten v/ saksbehandler')).toHaveLength(1);
    expect(splitItems('Barne- og familieetaten')).toHaveLength(1);
    expect(splitItems('Familieveileder Kari Nordmann')).toHaveLength(1);
  });

  it('finds no items in an empty or dash-only field', () => {
    expect(splitItems('')).toEqual([]);
    expect(splitItems(' - ')).toEqual([]);
  });
});
