/** @jsxImportSource react */
// Entry of the X replica bundle (served as /__assets/x.js on x.com and twitter.com).
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './style.css';

createRoot(document.getElementById('react-root')!).render(<App />);
