import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { allowedOrigin, fetchApprovedPack, loadManagedPolicy, managedPackCacheItem, normaliseOrigin } from './managed-policy';
import { newLocalPack, changeRule } from './pack-tuning';

const pack = changeRule(newLocalPack('Oslo kommune'), 'mal-tiltak/vage-mal', { enabled: false });
const URL_OK = 'https://intranett.kommune.no/vedtakslos/pakke.json';

function response(body: string, init: { status?: number; url?: string; redirected?: boolean } = {}): Response {
  const r = new Response(body, { status: init.status ?? 200 });
  Object.defineProperty(r, 'url', { value: init.url ?? URL_OK });
  Object.defineProperty(r, 'redirected', { value: init.redirected ?? false });
  return r;
}

beforeEach(() => fakeBrowser.reset());

describe('the managed pack URL', () => {
  it('allows https origins, and http only on localhost', () => {
    expect(allowedOrigin(URL_OK)).toBe('https://intranett.kommune.no');
    expect(allowedOrigin('http://127.0.0.1:8080/p.json')).toBe('http://127.0.0.1:8080');
    expect(allowedOrigin('http://intranett.kommune.no/p.json')).toBeNull();
    expect(allowedOrigin('https://user:pw@intranett.kommune.no/p.json')).toBeNull();
    expect(allowedOrigin('file:///etc/passwd')).toBeNull();
    expect(allowedOrigin('javascript:alert(1)')).toBeNull();
  });

  it('fetches without cookies and refuses redirects', async () => {
    const fetchImpl = vi.fn(async () => response(JSON.stringify(pack)));
    const result = await fetchApprovedPack(URL_OK, fetchImpl);
    expect(result.ok).toBe(true);
    expect(fetchImpl).toHaveBeenCalledWith(URL_OK, expect.objectContaining({ redirect: 'error', credentials: 'omit' }));
  });

  it('refuses an answer from another origin', async () => {
    const result = await fetchApprovedPack(URL_OK, async () => response(JSON.stringify(pack), { url: 'https://evil.example/p.json', redirected: true }));
    expect(result.ok).toBe(false);
  });

  it('refuses a non-https URL without fetching', async () => {
    const fetchImpl = vi.fn();
    const result = await fetchApprovedPack('http://intranett.kommune.no/p.json', fetchImpl);
    expect(result.ok).toBe(false);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('reports an invalid pack file with paths', async () => {
    const result = await fetchApprovedPack(URL_OK, async () => response(JSON.stringify({ ...pack, version: 'en' })));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('version');
  });
});

describe('loadManagedPolicy', () => {
  it('returns null when nothing is managed', async () => {
    expect(await loadManagedPolicy({ input: null })).toBeNull();
  });

  it('reads an inline pack, origins and adapters', async () => {
    const policy = await loadManagedPolicy({
      input: { pack: JSON.stringify(pack), fagsystemOrigins: ['https://fagsystem.kommune.no/*', 'not a url'], adapters: ['fagsystem-demo'] },
    });
    expect(policy?.pack?.id).toBe('lokal.oslo-kommune');
    expect(policy?.packSource).toBe('policy');
    expect(policy?.fagsystemOrigins).toEqual(['https://fagsystem.kommune.no']);
    expect(policy?.adapters).toEqual(['fagsystem-demo']);
  });

  it('reports an invalid inline pack and uses none', async () => {
    const policy = await loadManagedPolicy({ input: { pack: '{"id": 1}' } });
    expect(policy?.pack).toBeNull();
    expect(policy?.packErrors.length).toBeGreaterThan(0);
    expect(policy?.packErrors[0]?.path.startsWith('pack.')).toBe(true);
  });

  it('fetches the URL pack, caches it, and falls back to the cache when the intranet is out of reach', async () => {
    const fetched = await loadManagedPolicy({ input: { packUrl: URL_OK }, fetchImpl: async () => response(JSON.stringify(pack)) });
    expect(fetched?.packSource).toBe('url');
    expect(await managedPackCacheItem.getValue()).toMatchObject({ url: URL_OK });
    const offline = await loadManagedPolicy({ input: { packUrl: URL_OK }, fetchImpl: async () => { throw new TypeError('offline'); } });
    expect(offline?.packSource).toBe('cache');
    expect(offline?.pack?.id).toBe(pack.id);
    expect(offline?.packErrors).toHaveLength(1);
    const contentScript = await loadManagedPolicy({ input: { packUrl: URL_OK }, fetchPack: false });
    expect(contentScript?.packSource).toBe('cache');
  });

  it('does not use a cached pack from another URL', async () => {
    await managedPackCacheItem.setValue({ url: 'https://old.kommune.no/p.json', fetchedAt: 'x', pack });
    const policy = await loadManagedPolicy({ input: { packUrl: URL_OK }, fetchPack: false });
    expect(policy?.pack).toBeNull();
  });

  it('normalises origins from match patterns', () => {
    expect(normaliseOrigin('https://fagsystem.kommune.no/*')).toBe('https://fagsystem.kommune.no');
    expect(normaliseOrigin('http://fagsystem.intern/')).toBe('http://fagsystem.intern');
    expect(normaliseOrigin('ftp://x')).toBeNull();
  });
});
