// The options page: what applies now (with its sources and problems) and the policy builder.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadEffectivePolicy, SNAPSHOT_AFTER_MS, watchPolicy, type EffectivePolicy } from '@/lib/policy/sources';
import { detectLang } from '@/lib/i18n/locale';
import { UI_STRINGS } from '@/lib/options/strings';
import { ActivePolicy } from './ActivePolicy';
import { LocalSettings } from './LocalSettings';
import { PolicyBuilder } from './PolicyBuilder';
import { AuditBanner, ProblemList } from './shared';

export function OptionsApp() {
  const lang = detectLang(navigator, () => browser.i18n.getUILanguage());
  const s = UI_STRINGS[lang];
  const [effective, setEffective] = useState<EffectivePolicy | undefined>();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = s.optionsTitle;
    void loadEffectivePolicy({ snapshotAfterMs: SNAPSHOT_AFTER_MS }).then(setEffective);
    return watchPolicy(setEffective);
  }, []);
  if (!effective) return <main aria-busy="true" />;
  return (
    <main data-testid="options" data-enterprise={String(effective.enterprisePresent)}>
      <h1>{s.optionsTitle}</h1>
      <p class="intro">{s.optionsIntro}</p>
      <AuditBanner mode={effective.policy.mode} lang={lang} />
      <p data-testid="policy-origin">
        {effective.enterprisePresent ? s.managedPresent : s.managedMissing}{' '}
        {effective.enterprisePresent ? (effective.localEditable.length ? s.localAllowedAll : s.localLocked) : ''}
      </p>
      <section aria-labelledby="problems-h">
        <h2 id="problems-h">{s.problemsTitle}</h2>
        <ProblemList problems={effective.problems} lang={lang} showEmpty />
        {effective.enterprisePresent && location.protocol === 'chrome-extension:' ? <small>{s.chromeDrops}</small> : null}
      </section>
      <ActivePolicy effective={effective} lang={lang} />
      <LocalSettings effective={effective} lang={lang} />
      <PolicyBuilder effective={effective} lang={lang} />
    </main>
  );
}
