// One labelled form field with its help text and the validation problems for its path.
import type { ComponentChildren } from 'preact';
import type { PolicyProblem } from '@/lib/policy/validate';
import type { Lang } from '@/lib/types';

export function Field(props: { id: string; label: string; help?: string; problems?: readonly PolicyProblem[]; lang: Lang; children: ComponentChildren }) {
  const bad = props.problems?.length ? true : undefined;
  return (
    <div class={bad ? 'field invalid' : 'field'} data-field={props.id}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.help ? <small>{props.help}</small> : null}
      {props.problems?.map((p) => (
        <span class="field-problem" role="alert" key={p.path}>
          {p.path}: {p.reason[props.lang]}
        </span>
      ))}
    </div>
  );
}

export const onText = (set: (v: string) => void) => (e: Event) => set((e.currentTarget as HTMLInputElement).value);
