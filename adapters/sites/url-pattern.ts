/**
 * WebExtension match patterns (`<scheme>://<host><path>`, `*` wildcards, `<all_urls>`). As in Chromium,
 * the port is not part of the host, so `http://localhost/*` covers every port.
 */
export function matchesUrlPattern(pattern: string, url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (pattern === '<all_urls>') return /^(https?|file|ftp):$/.test(u.protocol);
  const m = /^(\*|https?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = u.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (host !== '*' && host !== '') {
    const hostname = u.hostname.toLowerCase();
    const want = host.toLowerCase().replace(/:\d+$/, '');
    if (want.startsWith('*.')) {
      const base = want.slice(2);
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== want) return false;
  }
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return glob.test(u.pathname + u.search);
}
