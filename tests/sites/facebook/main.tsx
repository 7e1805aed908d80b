/** @jsxImportSource react */
// Entry of the Facebook replica bundle (www, web and business.facebook.com).
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './style.css';

createRoot(document.getElementById('mount_0_0')!).render(<App />);
