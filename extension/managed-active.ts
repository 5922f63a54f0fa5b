import { activatePublishedPack, type ActivePack } from './active-pack';
import type { ManagedPolicy } from './managed-policy';

/**
 * What the checker uses when an administrator manages the extension: the managed pack wins over the
 * locally published one, and only the site adapters the policy names are used. A managed pack that does
 * not validate, resolve and compile is not used (null): the caller keeps what it had.
 */
export function managedActivePack(policy: ManagedPolicy | null): ActivePack | null {
  if (!policy?.pack) return null;
  const activated = activatePublishedPack(policy.pack);
  return activated.ok ? withManagedAdapters(activated.active, policy) : null;
}

/** Keeps only the site adapters the policy allows (all when it names none). */
export function withManagedAdapters(active: ActivePack, policy: ManagedPolicy | null): ActivePack {
  const allowed = policy?.adapters;
  if (!allowed) return active;
  return { ...active, adapters: active.adapters.filter((a) => allowed.includes(a.id)) };
}
