import type { Finding } from '../../rules/engine/finding';

/** The checker's latest active findings, for the training page's walkthrough and progress. */
export class FindingsFeed {
  private latest: Finding[] = [];
  private checked = false;
  private readonly listeners = new Set<(findings: Finding[]) => void>();

  publish(findings: Finding[]): void {
    this.latest = findings;
    this.checked = true;
    for (const listener of this.listeners) listener(findings);
  }

  current(): Finding[] | null {
    return this.checked ? this.latest : null;
  }

  subscribe(listener: (findings: Finding[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
