// Local counts per rule: findings, "Toch plaatsen", "Dit klopt niet". Numbers only.
import type { Lang } from '@/lib/types';
import type { Stats } from '@/lib/stats';
import { countRows } from '@/lib/popup/counts';
import { RULE_LABELS, UI_STRINGS } from '@/lib/options/strings';

export function CountsTable(props: { stats: Stats; lang: Lang }) {
  const s = UI_STRINGS[props.lang];
  const rows = countRows(props.stats);
  return (
    <section aria-labelledby="counts-h">
      <h2 id="counts-h">{s.countsTitle}</h2>
      <small>{s.countsIntro}</small>
      {rows.length === 0 ? (
        <p data-testid="counts-none">{s.countsNone}</p>
      ) : (
        <table class="counts" data-testid="counts">
          <thead>
            <tr>
              <th>{s.colRule}</th>
              <th>{s.colFindings}</th>
              <th>{s.colOverrides}</th>
              <th>{s.colDismissals}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.rule} data-rule={r.rule}>
                <td>{RULE_LABELS[r.rule][props.lang]}</td>
                <td>{r.counts.finding}</td>
                <td>{r.counts.override}</td>
                <td>{r.counts.dismiss}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
