// The options page and popup pieces rendered to HTML in Node (preact-render-to-string): what a
// director and a teacher read, in Dutch first.
import { describe, expect, it } from 'vitest';
import { render } from 'preact-render-to-string';
import { ActivePolicy } from '../../../entrypoints/options/ActivePolicy';
import { RuleSeverities } from '../../../entrypoints/options/RuleSeverities';
import { AuditBanner, ProblemList } from '../../../entrypoints/options/shared';
import { CountsTable } from '../../../entrypoints/popup/CountsTable';
import { LocalSettings } from '../../../entrypoints/options/LocalSettings';
import { effectivePolicy } from '../../../lib/policy/layers';
import { policyToForm } from '../../../lib/options/form';
import { RULES } from '../../../lib/rules';
import { addStat } from '../../../lib/stats';
import { examplePolicyJson } from './fixtures';

const enterprise = effectivePolicy({ managed: { ...examplePolicyJson, mode: 'audit', rules: { discussion: 'hardop' } }, managedAvailable: true, local: undefined });

describe('options page pieces', () => {
  it('"Wat nu geldt" names the source of each value and the audit mode', () => {
    const html = render(<ActivePolicy effective={enterprise} lang="nl" />);
    expect(html).toContain('data-field="schoolName" data-source="enterprise"');
    expect(html).toMatch(/OBS De Wierde<\/td><td class="src src-enterprise">organisatiebeleid/);
    expect(html).toContain('data-rule="discussion" data-source="default"');
    expect(html).toContain('proefperiode (audit)');
  });

  it('in English: "enterprise policy" as the source, "trial period (audit)"', () => {
    const html = render(<ActivePolicy effective={enterprise} lang="en" />);
    expect(html).toMatch(/OBS De Wierde<\/td><td class="src src-enterprise">enterprise policy/);
    expect(html).toContain('trial period (audit)');
  });

  it('lists the problems with path, source and Dutch reason', () => {
    const html = render(<ProblemList problems={enterprise.problems} lang="nl" />);
    expect(html).toContain('data-path="rules.discussion"');
    expect(html).toContain('(organisatiebeleid)');
    expect(html).toContain('ongeldige ernst');
    expect(render(<ProblemList problems={[]} lang="nl" showEmpty />)).toContain('Geen problemen');
    expect(render(<AuditBanner mode="audit" lang="nl" />)).toContain('Proefperiode (audit)');
    expect(render(<AuditBanner mode="enforce" lang="nl" />)).toBe('');
  });

  it('the builder shows every rule with its article and the article’s quote from the rule meta', () => {
    const html = render(<RuleSeverities form={policyToForm(enterprise.policy)} set={() => undefined} problems={[]} lang="nl" />);
    for (const { meta } of RULES) {
      expect(html).toContain(`data-rule="${meta.id}"`);
      expect(html).toContain(meta.article.replace(/&/g, '&amp;'));
      if (meta.quote) expect(html).toContain(meta.quote.slice(0, 30).replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    }
  });
});

describe('popup pieces', () => {
  it('counts table: numbers per rule, headed with the fixed labels', () => {
    const stats = addStat({}, 'override', 'tagging', '2026-11-25');
    const html = render(<CountsTable stats={stats} lang="nl" />);
    expect(html).toContain('Toch plaatsen');
    expect(html).toContain('Dit klopt niet');
    expect(html).toContain('data-rule="tagging"');
    expect(render(<CountsTable stats={{}} lang="nl" />)).toContain('Nog niets geteld');
  });
});

describe('local settings section', () => {
  it('says local changes are locked under an enterprise policy without allowLocalEdits', () => {
    expect(render(<LocalSettings effective={enterprise} lang="nl" />)).toContain('staat lokale aanpassingen niet toe');
  });

  it('without enterprise policy: allowed, and lists what is set locally', () => {
    const e = effectivePolicy({ managed: undefined, managedAvailable: false, local: { schoolName: 'OBS', rules: { discussion: 'block' } } });
    const html = render(<LocalSettings effective={e} lang="nl" />);
    expect(html).toContain('data-allowed="true"');
    expect(html).toContain('Nu lokaal ingesteld: Naam van de school, Ernst per regel.');
  });
});
