// The popup: is Postwijs active on this tab and for which account, the school and where its
// policy comes from, policy problems, the contact button, the code of conduct and the local counts.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadEffectivePolicy, SNAPSHOT_AFTER_MS, watchPolicy, type EffectivePolicy } from '@/lib/policy/sources';
import { detectLang } from '@/lib/i18n/locale';
import { UI_STRINGS } from '@/lib/options/strings';
import { parseStatus, platformOfUrl, policyOrigins, STATUS_MESSAGE, tabStateLine, type TabState } from '@/lib/popup/status';
import { popupContactLink } from '@/lib/popup/contact';
import { readStats, type Stats } from '@/lib/stats';
import { AuditBanner, ProblemList } from '../options/shared';
import { CountsTable } from './CountsTable';

async function currentTabState(): Promise<TabState> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const platform = platformOfUrl(tab?.url);
    if (!tab?.id || !platform) return { kind: 'other' };
    try {
      const status = parseStatus(await browser.tabs.sendMessage(tab.id, STATUS_MESSAGE));
      return status ? { kind: 'status', status } : { kind: 'no-answer', platform };
    } catch {
      // No content script on the tab (opened before install, or still loading).
      return { kind: 'no-answer', platform };
    }
  } catch {
    return { kind: 'other' };
  }
}

export function PopupApp() {
  const lang = detectLang(navigator, () => browser.i18n.getUILanguage());
  const s = UI_STRINGS[lang];
  const [effective, setEffective] = useState<EffectivePolicy | undefined>();
  const [tab, setTab] = useState<TabState | undefined>();
  const [stats, setStats] = useState<Stats>({});
  useEffect(() => {
    document.documentElement.lang = lang;
    void loadEffectivePolicy({ snapshotAfterMs: SNAPSHOT_AFTER_MS }).then(setEffective);
    void currentTabState().then(setTab);
    void readStats().then(setStats, () => setStats({}));
    return watchPolicy(setEffective);
  }, []);
  if (!effective || !tab) return <main aria-busy="true" />;
  const { policy } = effective;
  const line = tabStateLine(tab, lang);
  const status = tab.kind === 'status' ? tab.status : undefined;
  const contact = popupContactLink(policy, lang, status?.platform ?? (tab.kind === 'no-answer' ? tab.platform : undefined), status?.account);
  const codeUrl = policy.codeOfConductUrl || browser.runtime.getURL('/gedragscode.html');
  return (
    <main data-testid="popup">
      <h1>{s.popupTitle}</h1>
      <p class={line.active ? 'state active' : 'state'} data-testid="tab-state">
        {line.text}
        {status?.boxes !== undefined ? <small>{s.boxes(status.boxes)}</small> : null}
      </p>
      <AuditBanner mode={policy.mode} lang={lang} />
      <dl class="facts">
        <dt>{s.school}</dt>
        <dd data-testid="school">{policy.schoolName || s.fieldNone}</dd>
        <dt>{s.policyFrom}</dt>
        <dd data-testid="policy-source">{policyOrigins(effective.sources).map((o) => s.sourceLong[o]).join(' + ')}</dd>
      </dl>
      {policy.accounts.length === 0 ? <p class="note" data-testid="no-accounts">{s.noAccounts}</p> : null}
      <ProblemList problems={effective.problems} lang={lang} />
      <div class="links">
        {contact.kind === 'none' ? (
          <small>{s.noSupervisor}</small>
        ) : (
          <a class="button" data-testid="contact" href={contact.url} target="_blank" rel="noopener noreferrer">
            {s.contact}
          </a>
        )}
        <a href={codeUrl} target="_blank" rel="noopener noreferrer" data-testid="code-link">
          {s.codeOfConduct}
        </a>
        <a href="#" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
          {s.openSettings}
        </a>
      </div>
      <CountsTable stats={stats} lang={lang} />
    </main>
  );
}
