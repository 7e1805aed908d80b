// Thin: mounts the options page; everything it shows is computed in lib/policy and lib/options.
import { render } from 'preact';
import { OptionsApp } from './OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
