/** @jsxImportSource react */
// Entry of the Instagram replica bundle (www.instagram.com).
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './style.css';

createRoot(document.getElementById('mount_0_0')!).render(<App />);
