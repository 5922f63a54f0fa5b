import { render } from 'preact';
import { activatePublishedPack, standardActivePack, type ActivePack } from '@/extension/active-pack';
import { publishedPackItem } from '@/extension/settings';
import { Checker } from '@/entrypoints/content/checker';
import type { Lifecycle } from '@/entrypoints/content/page-watch';
import type { RuleStatsRecorder } from '@/entrypoints/content/rule-stats';
import { FindingsFeed } from '@/components/training/findings-feed';
import { BUILT_IN_SCENARIOS } from '@/components/training/scenario-library';
import { TrainingApp } from '@/components/training/TrainingApp';
import '../../demo/src/styles.css';
import './training.css';

/** The page's own lifecycle for the checker: it ends when the tab is closed or navigated away. */
function pageLifecycle(): Lifecycle {
  const controller = new AbortController();
  const callbacks: Array<() => void> = [];
  addEventListener('pagehide', () => {
    controller.abort();
    for (const callback of callbacks) callback();
  }, { once: true });
  return { signal: controller.signal, onInvalidated: (callback) => void callbacks.push(callback) };
}

/** Training is not casework: nothing about it goes into the quality lead's rule statistics. */
const noStats: RuleStatsRecorder = { fired: () => undefined, dismissed: () => undefined };

async function main(): Promise<void> {
  let active: ActivePack = standardActivePack();
  const published = activatePublishedPack(await publishedPackItem.getValue());
  if (published.ok) active = published.active;

  let today = BUILT_IN_SCENARIOS[0]!.today;
  let language = BUILT_IN_SCENARIOS[0]!.language;
  const feed = new FindingsFeed();
  const lifecycle = pageLifecycle();
  // The same checker and overlay as on a fagsystem page, with the scenario's frozen «today».
  const checker = new Checker(lifecycle, {
    pack: () => active,
    today: () => today,
    language: () => language,
    stats: noStats,
    discreet: false,
    onDiscreetChange: () => undefined,
    panel: { x: -1, y: -1, collapsed: false },
    onPanelChange: () => undefined,
    onChecked: (findings) => feed.publish(findings),
  });

  const root = document.getElementById('app')!;
  const show = () =>
    render(
      <TrainingApp
        builtIn={BUILT_IN_SCENARIOS}
        feed={feed}
        pack={() => active}
        onScenarioShown={(scenario) => {
          today = scenario.today;
          language = scenario.language;
        }}
        onFocusField={(ref) => checker.focusField(ref)}
      />,
      root,
    );
  show();
  checker.start();

  // A pack the quality lead publishes takes effect here too, as on the fagsystem.
  const unwatch = publishedPackItem.watch((value) => {
    const next = activatePublishedPack(value);
    if (!next.ok) return;
    active = next.active;
    show();
    checker.packChanged();
  });
  lifecycle.onInvalidated(unwatch);
}

void main();
