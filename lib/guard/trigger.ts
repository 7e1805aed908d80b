// What the user did to submit, recorded so it can be replayed exactly once after "Toch plaatsen".
export type SubmitTrigger =
  | { kind: 'click'; button: HTMLElement }
  | { kind: 'key'; editor: HTMLElement; init: KeyboardEventInit & { keyCode?: number } };

/** The key event's fields that editors read (Draft.js reads keyCode, Lexical reads key). */
export function keyTrigger(event: KeyboardEvent, editor: HTMLElement): SubmitTrigger {
  return {
    kind: 'key',
    editor,
    init: {
      key: event.key,
      code: event.code,
      keyCode: event.keyCode,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      location: event.location,
    },
  };
}

/** A fresh keydown that looks like the original to the site's handlers. */
export function replayKeyEvent(trigger: Extract<SubmitTrigger, { kind: 'key' }>): KeyboardEvent {
  const view = trigger.editor.ownerDocument.defaultView;
  const Ctor = (view?.KeyboardEvent ?? KeyboardEvent) as typeof KeyboardEvent;
  const event = new Ctor('keydown', { ...trigger.init, bubbles: true, cancelable: true, composed: true });
  // keyCode/which are not settable through the init dictionary in every browser.
  const keyCode = trigger.init.keyCode ?? 0;
  if (event.keyCode !== keyCode) {
    Object.defineProperty(event, 'keyCode', { get: () => keyCode });
    Object.defineProperty(event, 'which', { get: () => keyCode });
  }
  return event;
}
