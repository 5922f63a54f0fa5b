import { Component, h, type ComponentType, type FunctionComponent } from 'preact';

/** Shallow equality of two props objects (same keys, `Object.is` values). */
export function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/** Like React.memo, without pulling in preact/compat: re-renders only when a prop changes (shallowly). */
export function memo<P extends object>(C: FunctionComponent<P>): ComponentType<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P) {
      return !shallowEqual(next, this.props);
    }
    override render(props: P) {
      return h(C as FunctionComponent<object>, props);
    }
  }
  (Memo as unknown as { displayName: string }).displayName = `memo(${C.displayName ?? C.name})`;
  return Memo as unknown as ComponentType<P>;
}
