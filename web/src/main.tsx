// Entry point of the tablet app: languages first, then the React tree.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import './app/global.css';

const i18n = initI18n();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to render FIT into.');
const render = () =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// The first render already in the detected language (its file loads in a moment; French is in the bundle).
void i18n.loadLanguages(i18n.language).then(render, render);
