import { browser, storage } from '#imports';
import * as z from 'zod/mini';
import type { Pack } from '@/rules/pack/schema';
import { parsePackJson, validatePack, type PackError } from '@/rules/pack/validate';

/**
 * Settings an administrator forces onto every browser through Chrome/Edge enterprise policy
 * (`3rdparty.extensions.<id>`), read from `storage.managed` (schema: public/managed-schema.json).
 * Everything here came from outside: it is validated with zod, and the pack with the pack validator.
 *
 * The pack is either inline (`pack`, the pack JSON as a string) or fetched from `packUrl`. The fetch goes
 * only to the origin of `packUrl` (https, or http on localhost for testing), refuses redirects and any
 * response from another origin, sends no cookies, and is size-limited. A fetched pack is cached in
 * `local:managedPackCache`, so a browser that cannot reach the intranet keeps the last approved pack.
 */
export const ManagedPolicyInputSchema = z.object({
  pack: z.optional(z.string()),
  packUrl: z.optional(z.string()),
  fagsystemOrigins: z.optional(z.array(z.string())),
  adapters: z.optional(z.array(z.string())),
});
export type ManagedPolicyInput = z.infer<typeof ManagedPolicyInputSchema>;

export interface ManagedPolicy {
  /** The managed pack, validated (not yet resolved); it wins over the locally published pack. */
  pack: Pack | null;
  packSource: 'policy' | 'url' | 'cache' | null;
  packUrl: string | null;
  /** Why the managed pack could not be used (Norwegian), empty when it could or none was set. */
  packErrors: PackError[];
  /** Normalised origins (`https://fagsystem.kommune.no`) the content script is to run on. */
  fagsystemOrigins: string[];
  /** Built-in site adapter ids to use; null = all. */
  adapters: string[] | null;
}

const CachedPackSchema = z.object({ url: z.string(), fetchedAt: z.string(), pack: z.unknown() });
export const managedPackCacheItem = storage.defineItem<unknown>('local:managedPackCache', { fallback: null });

export const MAX_PACK_BYTES = 2 * 1024 * 1024;

/** `https://x.no/a/b` → `https://x.no`; null for anything that is not an http(s) origin we allow. */
export function allowedOrigin(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username || parsed.password) return null;
  if (parsed.protocol === 'https:') return parsed.origin;
  if (parsed.protocol === 'http:' && /^(localhost|127\.0\.0\.1)$/.test(parsed.hostname)) return parsed.origin;
  return null;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Fetches the approved pack file from `url`, and only from its origin. */
export async function fetchApprovedPack(
  url: string,
  fetchImpl: FetchLike = (u, i) => fetch(u, i),
): Promise<{ ok: true; pack: Pack } | { ok: false; errors: PackError[] }> {
  const origin = allowedOrigin(url);
  if (!origin) return fail('packUrl', 'Adressen må være https (eller http på localhost)');
  let response: Response;
  try {
    response = await fetchImpl(url, { redirect: 'error', credentials: 'omit', cache: 'no-cache', referrerPolicy: 'no-referrer' });
  } catch {
    return fail('packUrl', 'Regelpakken kunne ikke hentes (ingen forbindelse, eller adressen videresender et annet sted)');
  }
  if (response.redirected || (response.url && new URL(response.url).origin !== origin)) {
    return fail('packUrl', 'Svaret kom fra et annet nettsted enn det som er godkjent');
  }
  if (!response.ok) return fail('packUrl', `Serveren svarte ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_PACK_BYTES) return fail('packUrl', 'Regelpakken er for stor (over 2 MB)');
  const parsed = parsePackJson(text);
  return parsed.ok ? { ok: true, pack: parsed.pack } : { ok: false, errors: parsed.errors };
}

function fail(path: string, message: string): { ok: false; errors: PackError[] } {
  return { ok: false, errors: [{ path, message }] };
}

/** Reads `storage.managed`; null when nothing is managed (or the browser has no managed storage). */
export async function readManagedInput(): Promise<ManagedPolicyInput | null> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    return null; // Firefox without policies.json, or no schema: nothing is managed
  }
  const parsed = z.safeParse(ManagedPolicyInputSchema, raw ?? {});
  if (!parsed.success) return null;
  const input = parsed.data;
  const any = input.pack !== undefined || input.packUrl !== undefined || input.fagsystemOrigins !== undefined || input.adapters !== undefined;
  return any ? input : null;
}

export interface LoadManagedOptions {
  /** Fetch `packUrl` (extension pages and the background). False in the content script: use the cache only. */
  fetchPack?: boolean;
  fetchImpl?: FetchLike;
  input?: ManagedPolicyInput | null;
}

/** The managed policy, validated, with its pack (inline, fetched or cached); null when nothing is managed. */
export async function loadManagedPolicy(options: LoadManagedOptions = {}): Promise<ManagedPolicy | null> {
  const input = options.input !== undefined ? options.input : await readManagedInput();
  if (!input) return null;
  const policy: ManagedPolicy = {
    pack: null,
    packSource: null,
    packUrl: input.packUrl ?? null,
    packErrors: [],
    fagsystemOrigins: [...new Set((input.fagsystemOrigins ?? []).map(normaliseOrigin).filter((o): o is string => !!o))],
    adapters: input.adapters ?? null,
  };
  if (input.pack !== undefined) {
    const parsed = parsePackJson(input.pack);
    if (parsed.ok) Object.assign(policy, { pack: parsed.pack, packSource: 'policy' });
    else policy.packErrors = parsed.errors.map((e) => ({ ...e, path: `pack.${e.path}` }));
    return policy;
  }
  if (input.packUrl !== undefined) {
    if (options.fetchPack ?? true) {
      const fetched = await fetchApprovedPack(input.packUrl, options.fetchImpl);
      if (fetched.ok) {
        policy.pack = fetched.pack;
        policy.packSource = 'url';
        await managedPackCacheItem.setValue({ url: input.packUrl, fetchedAt: new Date().toISOString(), pack: fetched.pack });
        return policy;
      }
      policy.packErrors = fetched.errors;
    }
    const cached = z.safeParse(CachedPackSchema, await managedPackCacheItem.getValue());
    if (cached.success && cached.data.url === input.packUrl) {
      const valid = validatePack(cached.data.pack);
      if (valid.ok) Object.assign(policy, { pack: valid.pack, packSource: 'cache' });
    }
  }
  return policy;
}

/** `https://fagsystem.kommune.no/` or a match pattern `https://fagsystem.kommune.no/*` → its origin. */
export function normaliseOrigin(value: string): string | null {
  const origin = allowedOrigin(value.replace(/\/\*$/, '/'));
  if (origin) return origin;
  try {
    const u = new URL(value.replace(/\/\*$/, '/'));
    return u.protocol === 'http:' ? u.origin : null; // an intranet fagsystem on plain http is still a place to check
  } catch {
    return null;
  }
}

/**
 * Calls `onChange` when the administrator's policy changes, or when the background has fetched a new copy
 * of the URL pack. Returns the function that stops watching.
 */
export function watchManagedPolicy(onChange: () => void): () => void {
  const managedArea = browser.storage.managed as { onChanged?: { addListener(f: () => void): void; removeListener(f: () => void): void } };
  const listener = () => onChange();
  managedArea.onChanged?.addListener(listener);
  const unwatchCache = managedPackCacheItem.watch(listener);
  return () => {
    managedArea.onChanged?.removeListener(listener);
    unwatchCache();
  };
}
