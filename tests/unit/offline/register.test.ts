/** When the service worker may download the offline frame in the background (src/offline/register.ts). */
import { describe, expect, test } from 'vitest';
import { FIRST_VISIT_KEY, isLaterVisit, mayDownloadInBackground, VISITED_KEY } from '../../../src/offline/register.ts';
import { FakeStorage } from '../../support/fake-storage.ts';

describe('the visit', () => {
  test('the first visit is not a later one, on every page of it; a new session of the same browser is', () => {
    const local = new FakeStorage();
    const firstSession = new FakeStorage();
    expect(isLaterVisit({ local, session: firstSession })).toBe(false);
    expect(isLaterVisit({ local, session: firstSession })).toBe(false);
    expect(local.snapshot()).toEqual({ [VISITED_KEY]: '1' });
    expect(firstSession.snapshot()).toEqual({ [FIRST_VISIT_KEY]: '1' });

    const laterSession = new FakeStorage();
    expect(isLaterVisit({ local, session: laterSession })).toBe(true);
    expect(isLaterVisit({ local, session: laterSession })).toBe(true);
    expect(laterSession.snapshot()).toEqual({ [FIRST_VISIT_KEY]: '0' });
  });

  test('without storage every visit counts as the first', () => {
    const local = new FakeStorage({ [VISITED_KEY]: '1' });
    const session = new FakeStorage();
    session.failGet = true;
    expect(isLaterVisit({ local, session })).toBe(false);
    session.failGet = false;
    session.failSet = 'security';
    expect(isLaterVisit({ local, session })).toBe(false);
    // Outside a browser there is no storage at all.
    expect(isLaterVisit()).toBe(false);
  });
});

describe('the connection', () => {
  test('a later visit may download, where nothing is known of the connection and on 3G or 4G', () => {
    expect(mayDownloadInBackground(undefined, true)).toBe(true);
    expect(mayDownloadInBackground({ saveData: false, effectiveType: '3g' }, true)).toBe(true);
    expect(mayDownloadInBackground({ effectiveType: '4g' }, true)).toBe(true);
  });

  test('a first visit never does', () => {
    expect(mayDownloadInBackground(undefined, false)).toBe(false);
    expect(mayDownloadInBackground({ saveData: false, effectiveType: '4g' }, false)).toBe(false);
  });

  test('Save-Data and 2G hold a later visit back', () => {
    expect(mayDownloadInBackground({ saveData: true, effectiveType: '4g' }, true)).toBe(false);
    expect(mayDownloadInBackground({ saveData: false, effectiveType: '2g' }, true)).toBe(false);
    expect(mayDownloadInBackground({ effectiveType: 'slow-2g' }, true)).toBe(false);
  });
});
