// The builder's form: one input per policy field (rules are in RuleSeverities).
import { PLATFORMS } from '@/lib/types';
import type { Lang } from '@/lib/types';
import { FIELD_DOCS } from '@/lib/policy/field-docs';
import type { PolicyProblem } from '@/lib/policy/validate';
import type { PolicyField } from '@/lib/policy/schema';
import { problemsFor, type PolicyForm } from '@/lib/options/form';
import { UI_STRINGS } from '@/lib/options/strings';
import { Field, onText } from './Field';

interface Props {
  form: PolicyForm;
  set: (patch: Partial<PolicyForm>) => void;
  problems: readonly PolicyProblem[];
  lang: Lang;
}

export function BuilderFields({ form, set, problems, lang }: Props) {
  const s = UI_STRINGS[lang];
  const doc = (f: PolicyField) => ({ label: FIELD_DOCS[f].label[lang], help: FIELD_DOCS[f].help[lang], problems: problemsFor(problems, f), lang });
  // type="text" everywhere (inputMode for the keyboard): our validation, not the browser's, judges.
  const text = (id: keyof PolicyForm, inputMode: 'text' | 'url' | 'email' | 'tel' = 'text') => (
    <input id={`b-${id}`} type="text" inputMode={inputMode} value={form[id] as string} onInput={onText((v) => set({ [id]: v }))} />
  );
  return (
    <div class="builder-fields">
      <fieldset>
        <legend>{s.school}</legend>
        <Field id="b-schoolName" {...doc('schoolName')}>{text('schoolName')}</Field>
        <Field id="b-board" {...doc('board')}>{text('board')}</Field>
        <Field id="b-codeOfConductUrl" {...doc('codeOfConductUrl')}>{text('codeOfConductUrl', 'url')}</Field>
      </fieldset>
      <fieldset>
        <legend>{FIELD_DOCS.supervisor.label[lang]}</legend>
        <Field id="b-supervisorName" label={s.name} lang={lang} problems={problemsFor(problems, 'supervisor.name')}>{text('supervisorName')}</Field>
        <Field id="b-supervisorEmail" label={s.email} lang={lang} problems={problemsFor(problems, 'supervisor.email')}>{text('supervisorEmail', 'email')}</Field>
        <Field id="b-supervisorTeams" label={s.teams} lang={lang} problems={problemsFor(problems, 'supervisor.teams')} help={FIELD_DOCS.supervisor.help[lang]}>
          {text('supervisorTeams', 'email')}
        </Field>
      </fieldset>
      <fieldset>
        <legend>{FIELD_DOCS.schoolContact.label[lang]}</legend>
        <Field id="b-address" label={s.address} lang={lang} problems={problemsFor(problems, 'schoolContact.address')}>
          <textarea id="b-address" rows={2} value={form.address} onInput={onText((v) => set({ address: v }))} />
        </Field>
        <Field id="b-phone" label={s.phone} lang={lang} problems={problemsFor(problems, 'schoolContact.phone')}>{text('phone', 'tel')}</Field>
        <Field id="b-emailDomains" label={s.emailDomains} lang={lang} problems={problemsFor(problems, 'schoolContact.emailDomains')} help={FIELD_DOCS.schoolContact.help[lang]}>
          <textarea id="b-emailDomains" rows={2} value={form.emailDomains} onInput={onText((v) => set({ emailDomains: v }))} />
        </Field>
      </fieldset>
      <fieldset>
        <legend>{FIELD_DOCS.accounts.label[lang]}</legend>
        <AccountRows form={form} set={set} problems={problems} lang={lang} />
        <Field id="b-applyTo" {...doc('applyTo')}>
          <select id="b-applyTo" value={form.applyTo} onChange={onText((v) => set({ applyTo: v }))}>
            {(['school-accounts', 'all-accounts'] as const).map((v) => (
              <option value={v} key={v}>{`${v}: ${s.applyTo[v]}`}</option>
            ))}
            {['school-accounts', 'all-accounts'].includes(form.applyTo) ? null : <option value={form.applyTo}>{form.applyTo}</option>}
          </select>
        </Field>
        <Field id="b-allowedMentions" {...doc('allowedMentions')}>
          <textarea id="b-allowedMentions" rows={2} value={form.allowedMentions} onInput={onText((v) => set({ allowedMentions: v }))} />
        </Field>
      </fieldset>
      <fieldset>
        <legend>{FIELD_DOCS.staffNames.label[lang]}</legend>
        <Field id="b-staffNames" {...doc('staffNames')}>
          <textarea id="b-staffNames" rows={3} value={form.staffNames} onInput={onText((v) => set({ staffNames: v }))} />
        </Field>
        <Field id="b-groupMinFaces" {...doc('groupMinFaces')}>
          <input id="b-groupMinFaces" type="text" inputMode="numeric" value={form.groupMinFaces} onInput={onText((v) => set({ groupMinFaces: v }))} />
        </Field>
      </fieldset>
      <LessonHours form={form} set={set} problems={problems} lang={lang} />
      <fieldset>
        <legend>{FIELD_DOCS.mode.label[lang]}</legend>
        <Field id="b-mode" {...doc('mode')}>
          <select id="b-mode" value={form.mode} onChange={onText((v) => set({ mode: v }))}>
            {(['enforce', 'audit'] as const).map((v) => (
              <option value={v} key={v}>{s.modeNames[v]}</option>
            ))}
            {['enforce', 'audit'].includes(form.mode) ? null : <option value={form.mode}>{form.mode}</option>}
          </select>
        </Field>
        <Field id="b-allowLocalEdits" {...doc('allowLocalEdits')}>
          <input id="b-allowLocalEdits" type="checkbox" checked={form.allowLocalEdits} onChange={(e) => set({ allowLocalEdits: (e.currentTarget as HTMLInputElement).checked })} />
        </Field>
      </fieldset>
    </div>
  );
}

function AccountRows({ form, set, problems, lang }: Props) {
  const s = UI_STRINGS[lang];
  const update = (i: number, patch: Partial<PolicyForm['accounts'][number]>) =>
    set({ accounts: form.accounts.map((a, j) => (i === j ? { ...a, ...patch } : a)) });
  return (
    <div class="accounts" data-field="accounts">
      <small>{FIELD_DOCS.accounts.help[lang]}</small>
      {form.accounts.map((a, i) => (
        <div class="account-row" key={i}>
          <select aria-label={s.platform} value={a.platform} onChange={onText((v) => update(i, { platform: v }))}>
            {PLATFORMS.map((p) => (
              <option value={p} key={p}>{p}</option>
            ))}
            {(PLATFORMS as readonly string[]).includes(a.platform) ? null : <option value={a.platform}>{a.platform}</option>}
          </select>
          <input aria-label={s.pageName} placeholder={s.pageName} value={a.name} onInput={onText((v) => update(i, { name: v }))} />
          <input aria-label={s.handle} placeholder={s.handle} value={a.handle} onInput={onText((v) => update(i, { handle: v }))} />
          <button type="button" onClick={() => set({ accounts: form.accounts.filter((_, j) => j !== i) })}>{s.remove}</button>
          {problemsFor(problems, `accounts.${i}`).map((p) => (
            <span class="field-problem" role="alert" key={p.path}>{p.path}: {p.reason[lang]}</span>
          ))}
        </div>
      ))}
      <button type="button" onClick={() => set({ accounts: [...form.accounts, { platform: 'facebook', name: '', handle: '' }] })}>{s.addAccount}</button>
    </div>
  );
}

function LessonHours({ form, set, problems, lang }: Props) {
  const s = UI_STRINGS[lang];
  const toggle = (d: number) => set({ days: form.days.includes(d) ? form.days.filter((x) => x !== d) : [...form.days, d] });
  return (
    <fieldset data-field="lessonHours">
      <legend>{FIELD_DOCS.lessonHours.label[lang]}</legend>
      <div class="days" role="group" aria-label={s.days}>
        {[1, 2, 3, 4, 5, 6, 7].map((d) => (
          <label key={d} class="day">
            <input type="checkbox" checked={form.days.includes(d)} onChange={() => toggle(d)} /> {s.dayNames[d]}
          </label>
        ))}
      </div>
      <Field id="b-from" label={s.from} lang={lang} problems={problemsFor(problems, 'lessonHours.from')}>
        <input id="b-from" type="text" placeholder="08:30" value={form.from} onInput={onText((v) => set({ from: v }))} />
      </Field>
      <Field id="b-to" label={s.to} lang={lang} problems={problemsFor(problems, 'lessonHours.to')} help={FIELD_DOCS.lessonHours.help[lang]}>
        <input id="b-to" type="text" placeholder="14:30" value={form.to} onInput={onText((v) => set({ to: v }))} />
      </Field>
      {problemsFor(problems, 'lessonHours.days').map((p) => (
        <span class="field-problem" role="alert" key={p.path}>{p.path}: {p.reason[lang]}</span>
      ))}
    </fieldset>
  );
}
