// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../../components/App';
import type { BoxView, PageView, UiActions } from '../../../lib/content/view';
import type { Finding } from '../../../lib/types';

const warn: Finding = { rule: 'child-name', severity: 'warn', source: 'text', start: 14, end: 19, message: 'Naam van een leerling.', article: 'Afspraken 3', advice: 'Verwijder de naam.', excerpt: 'Sanne' };
const block: Finding = { rule: 'personal-data', severity: 'block', source: 'text', start: 0, end: 10, message: 'Telefoonnummer.', article: 'Tot slot (AVG)', excerpt: '0612345678' };
const rect = { top: 100, left: 50, width: 400, height: 80 };

function box(over: Partial<BoxView> = {}): BoxView {
  return {
    id: 'b1',
    anchor: rect,
    findings: [warn],
    highlights: [{ key: 'h', rect: { top: 110, left: 60, width: 40, height: 16 }, severity: 'warn' }],
    photos: [],
    failure: false,
    panelOpen: false,
    contact: { kind: 'mailto', url: 'mailto:d@s.nl?subject=x', truncated: false },
    ...over,
  };
}

function actions(): UiActions {
  return { togglePanel: vi.fn(), closePanel: vi.fn(), dismiss: vi.fn(), confirm: vi.fn(), cancel: vi.fn(), openOptions: vi.fn(), closeNewPage: vi.fn() };
}

let root: HTMLElement;
function show(view: Partial<PageView>, a = actions()) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<App view={{ lang: 'nl', boxes: [], pageCreation: false, ...view }} actions={a} />, root));
  return a;
}
afterEach(() => {
  render(null, root);
  root.remove();
});
const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T & HTMLElement>(sel);

describe('App', () => {
  it('shows the badge with the count and announces it politely', () => {
    const a = show({ boxes: [box({ findings: [warn, block] })], announce: 'Postwijs: 2 aandachtspunten' });
    expect(q('.pw-badge')!.textContent).toBe('Postwijs: 2 aandachtspunten');
    expect(q('[aria-live="polite"]')!.textContent).toBe('Postwijs: 2 aandachtspunten');
    q('.pw-badge')!.click();
    expect(a.togglePanel).toHaveBeenCalledWith('b1');
    expect(q('.pw-hl.pw-warn')).not.toBeNull();
  });

  it('shows nothing but an empty live region for a clean box', () => {
    show({ boxes: [box({ findings: [], highlights: [] })] });
    expect(q('.pw-badge')).toBeNull();
    expect(root.textContent).toBe('');
  });

  it('panel: message, article, advice, "Dit klopt niet" and the contact link', () => {
    const a = show({ boxes: [box({ panelOpen: true })] });
    const item = q('.pw-item')!;
    expect(item.textContent).toContain('Naam van een leerling.');
    expect(item.textContent).toContain('Afspraken 3');
    expect(item.textContent).toContain('Verwijder de naam.');
    q<HTMLButtonElement>('.pw-dismiss')!.click();
    expect(a.dismiss).toHaveBeenCalledWith('b1', warn);
    expect(q<HTMLAnchorElement>('a.pw-contact')!.getAttribute('href')).toBe('mailto:d@s.nl?subject=x');
    expect(q('a.pw-contact')!.textContent).toBe('Neem contact op met je leidinggevende');
  });

  it('warn stop: alertdialog, focus on "Bericht aanpassen", "Toch plaatsen" passes the reason, Esc cancels', () => {
    const a = show({ boxes: [box({ hold: { kind: 'warn', findings: [warn] } })] });
    const dialog = q('[role="alertdialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(q('.pw-cancel'));
    const reason = q<HTMLTextAreaElement>('.pw-reason')!;
    reason.value = 'ouders gaven toestemming';
    act(() => {
      reason.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const confirm = q<HTMLButtonElement>('.pw-confirm')!;
    expect(confirm.textContent).toBe('Toch plaatsen');
    confirm.click();
    expect(a.confirm).toHaveBeenCalledWith('b1', 'ouders gaven toestemming');
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(a.cancel).toHaveBeenCalledWith('b1');
  });

  it('the same finding on the same words is one item with a count', () => {
    show({ boxes: [box({ panelOpen: true, findings: [warn, { ...warn, start: 30, end: 35 }] })] });
    expect(root.querySelectorAll('.pw-item')).toHaveLength(1);
    expect(q('.pw-item')!.textContent).toContain('(2×)');
  });

  it('block stop: no "Toch plaatsen", no dismiss of a block, only edit or contact', () => {
    show({ boxes: [box({ findings: [block], hold: { kind: 'block', findings: [block] } })] });
    expect(q('.pw-confirm')).toBeNull();
    expect(q('[role="alertdialog"] .pw-dismiss')).toBeNull();
    expect(q('[role="alertdialog"] a.pw-contact')).not.toBeNull();
  });

  it('no supervisor: the contact button says so and opens the options', () => {
    const a = show({ boxes: [box({ hold: { kind: 'block', findings: [block] }, contact: { kind: 'none' } })] });
    expect(root.textContent).toContain('Er is geen leidinggevende ingesteld');
    q<HTMLButtonElement>('.pw-open-options')!.click();
    expect(a.openOptions).toHaveBeenCalled();
  });

  it('waiting for photos shows progress', () => {
    show({ boxes: [box({ hold: { kind: 'waiting', done: 1, total: 3 } })] });
    expect(q('[role="alertdialog"]')!.textContent).toContain('1 van 3 foto’s gecontroleerd');
    expect(q('progress')).not.toBeNull();
  });

  it('failure notice and new-page reminder', () => {
    show({ boxes: [box({ failure: true })], pageCreation: true });
    expect(q('[data-postwijs-failure]')!.textContent).toContain('Postwijs kon dit bericht niet controleren');
    expect(q('.pw-badge')).toBeNull();
    expect(q('[data-postwijs-new-page]')!.textContent).toContain('Schooluren 3');
  });

  it('speaks English when asked', () => {
    show({ lang: 'en', boxes: [box({ hold: { kind: 'warn', findings: [warn] } })] });
    expect(q('.pw-confirm')!.textContent).toBe('Post anyway');
  });
});
