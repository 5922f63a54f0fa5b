import type { Check } from '../../pack/schema';
import type { CheckContext, Violation } from '../context';
import type { Scope } from '../scope';

/** The check of one type, narrowed from the union. */
export type CheckOf<T extends Check['type']> = Extract<Check, { type: T }>;

export type CheckRunner<C> = (check: C, scope: Scope, ctx: CheckContext) => Violation[];
