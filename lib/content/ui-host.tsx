// Our one Shadow DOM host: <postwijs-ui data-postwijs> at the end of <html>, outside every editor
// and every site container. Open shadow root: site CSS cannot reach in, tests and assistive
// technology can. Events in our UI do not bubble on into the site's handlers.
import { render } from 'preact';
import { App } from '../../components/App';
import { UI_CSS } from '../../components/styles';
import type { PageView, UiActions } from './view';

export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  render(view: PageView, actions: UiActions): void;
  remove(): void;
}

export function createUiHost(doc: Document): UiHost {
  const host = doc.createElement('postwijs-ui');
  host.setAttribute('data-postwijs', '');
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  const mount = doc.createElement('div');
  root.append(style, mount);
  // What happens in our UI stays there: typed keys must not trigger the site's shortcuts, and a
  // click on our badge or stop must not look like a click outside the site's compose dialog
  // (sites close it, and with it the draft). Our own window listeners run earlier (capture).
  for (const type of ['keydown', 'keyup', 'keypress', 'input', 'paste', 'copy', 'cut', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'click', 'dblclick', 'focusin', 'focusout', 'touchstart', 'touchend']) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }
  (doc.documentElement ?? doc).appendChild(host);
  return {
    host,
    root,
    render(view, actions) {
      if (!host.isConnected) doc.documentElement.appendChild(host);
      render(<App view={view} actions={actions} />, mount);
    },
    remove() {
      render(null, mount);
      host.remove();
    },
  };
}
