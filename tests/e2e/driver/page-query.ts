// Playwright-style element lookup, run inside the page (Firefox): CSS whose descendant
// combinators pierce open shadow roots (Postwijs's UI lives in one), text filters and nth.
// Kept as plain JavaScript source so no transpiler helper can leak into the page.

/** One step of a locator chain. */
export type QueryStep = { css: string } | { hasText: string } | { nth: number };

const SOURCE = String.raw`(steps) => {
  const composedParent = (node) => node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
  // Elements under root in tree order, each element's open shadow tree before its children.
  const descendants = (root) => {
    const out = [];
    const walk = (node) => {
      if (node.shadowRoot) for (const child of node.shadowRoot.children) { out.push(child); walk(child); }
      for (const child of node.children) { out.push(child); walk(child); }
    };
    walk(root);
    return out;
  };
  // Splits "a b > c [x='1 2']" into descendant parts ["a", "b > c", "[x='1 2']"]: child and
  // sibling combinators stay inside one part (matched within one tree).
  const parts = (css) => {
    const tokens = [];
    let current = '', depth = 0, quote = '';
    for (const ch of css.trim()) {
      if (quote) { current += ch; if (ch === quote) quote = ''; continue; }
      if (ch === '"' || ch === "'") { quote = ch; current += ch; continue; }
      if (ch === '[' || ch === '(') depth++;
      if (ch === ']' || ch === ')') depth--;
      if (depth === 0 && /\s/.test(ch)) { if (current) tokens.push(current); current = ''; continue; }
      current += ch;
    }
    if (current) tokens.push(current);
    const merged = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (/^[>+~]$/.test(token) && merged.length && i + 1 < tokens.length) merged[merged.length - 1] += ' ' + token + ' ' + tokens[++i];
      else if (/^[>+~]/.test(token) && merged.length) merged[merged.length - 1] += ' ' + token;
      else if (merged.length && /[>+~]$/.test(merged[merged.length - 1])) merged[merged.length - 1] += ' ' + token;
      else merged.push(token);
    }
    return merged;
  };
  const matchesChain = (element, chain) => {
    if (!element.matches(chain[chain.length - 1])) return false;
    let node = element;
    for (let i = chain.length - 2; i >= 0; i--) {
      node = composedParent(node);
      while (node && !node.matches(chain[i])) node = composedParent(node);
      if (!node) return false;
    }
    return true;
  };
  const deepText = (node) => {
    let text = '';
    const walk = (n) => {
      if (n.nodeType === Node.TEXT_NODE) { text += n.data; return; }
      if (n.shadowRoot) for (const c of n.shadowRoot.childNodes) walk(c);
      else for (const c of n.childNodes) walk(c);
    };
    walk(node);
    return text;
  };
  const norm = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  let current = [document.documentElement];
  let scoped = false;
  for (const step of steps) {
    if ('css' in step) {
      const chain = parts(step.css);
      const seen = new Set();
      const next = [];
      const roots = scoped ? current : [document];
      for (const root of roots) {
        const candidates = root === document ? [document.documentElement, ...descendants(document.documentElement)] : descendants(root);
        for (const el of candidates) if (!seen.has(el) && matchesChain(el, chain)) { seen.add(el); next.push(el); }
      }
      current = next;
      scoped = true;
    } else if ('hasText' in step) {
      const wanted = norm(step.hasText);
      current = current.filter((el) => norm(deepText(el)).includes(wanted));
    } else {
      const i = step.nth < 0 ? current.length + step.nth : step.nth;
      current = current[i] ? [current[i]] : [];
    }
  }
  return current;
}`;

/** A JavaScript expression: the array of elements the steps select. */
export function queryExpression(steps: QueryStep[]): string {
  return `(${SOURCE})(${JSON.stringify(steps)})`;
}

/** A JavaScript expression: whether an element is visible the way Playwright means it (a
 *  non-empty box, not visibility:hidden). */
export const IS_VISIBLE = String.raw`(el) => {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}`;
