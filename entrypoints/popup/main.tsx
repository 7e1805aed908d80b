// Thin: mounts the popup.
import { render } from 'preact';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);
