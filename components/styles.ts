// All styles of the UI, injected once into our shadow root: the site's CSS cannot reach in,
// ours cannot leak out. Colours keep 4.5:1 contrast on white.
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.pw { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f; }
.pw button, .pw a.pw-btn { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #8a8a94;
  background: #fff; color: #1b1b1f; padding: 4px 10px; text-decoration: none; display: inline-block; }
.pw button:focus-visible, .pw a:focus-visible, .pw textarea:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.pw button.pw-primary, .pw a.pw-primary { background: #1a5fb4; border-color: #1a5fb4; color: #fff; }
.pw-fixed { position: fixed; pointer-events: auto; z-index: 2147483646; }
.pw-badge { border-radius: 999px !important; padding: 2px 10px !important; font-weight: 600; box-shadow: 0 1px 3px rgba(0,0,0,.25); }
.pw-sev-block { border-color: #b3261e !important; color: #b3261e !important; }
.pw-sev-warn { border-color: #995000 !important; color: #7a4000 !important; }
.pw-sev-info { border-color: #1a5fb4 !important; color: #1a5fb4 !important; }
.pw-panel, .pw-dialog { background: #fff; border: 1px solid #c4c4cc; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.2);
  padding: 12px; width: 360px; max-width: calc(100vw - 16px); max-height: 60vh; overflow: auto; }
.pw-panel h2, .pw-dialog h2 { font-size: 15px; margin: 0 0 8px; }
.pw-list { list-style: none; margin: 0; padding: 0; }
.pw-item { border-left: 4px solid #1a5fb4; padding: 6px 8px; margin: 0 0 8px; background: #f6f7fb; }
.pw-item.pw-block { border-left-color: #b3261e; } .pw-item.pw-warn { border-left-color: #995000; }
.pw-item p { margin: 0 0 4px; }
.pw-quote { font-style: italic; color: #44444c; }
.pw-article { font-size: 12px; color: #44444c; }
.pw-excerpt { font-weight: 600; }
.pw-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.pw-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.35); pointer-events: auto; z-index: 2147483647;
  display: flex; align-items: center; justify-content: center; }
.pw-dialog { width: 440px; max-height: 85vh; overflow: hidden; display: flex; flex-direction: column; }
.pw-dialog .pw-list { overflow: auto; flex: 1 1 auto; min-height: 0; }
.pw-dialog .pw-actions, .pw-dialog label, .pw-dialog h2, .pw-dialog p { flex: none; }
.pw-dialog label { display: block; margin-top: 8px; }
.pw-dialog textarea { width: 100%; min-height: 48px; font: inherit; }
.pw-hl { position: fixed; pointer-events: none; border-bottom: 2px solid #1a5fb4; background: rgba(26,95,180,.10); z-index: 2147483645; }
.pw-hl.pw-block { border-bottom-color: #b3261e; background: rgba(179,38,30,.14); }
.pw-hl.pw-warn { border-bottom-color: #995000; background: rgba(230,140,0,.16); }
.pw-photo { position: fixed; pointer-events: none; z-index: 2147483645; display: flex; align-items: flex-end; }
.pw-photo span { background: rgba(255,255,255,.95); border: 1px solid #8a8a94; border-radius: 6px; padding: 1px 6px; margin: 4px; font-size: 12px; }
.pw-photo.pw-problem span { border-color: #b3261e; color: #b3261e; }
.pw-notice { font-size: 12px; padding: 2px 8px !important; background: #fff8e1; border: 1px solid #995000; border-radius: 8px; padding: 6px 10px; max-width: 360px; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
.pw-banner { top: 8px; left: 50%; transform: translateX(-50%); background: #eef4fc; border: 1px solid #1a5fb4; border-radius: 8px; padding: 8px 12px; max-width: 520px; }
.pw-progress { width: 100%; }
.pw-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
