// Entry point of the renderer: creates the one WorkbenchApi client and mounts the workbench.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { ApiContext, createApi } from './api/workbench-client.js';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/reader.css';
import './styles/panels.css';
import './styles/dialogs.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ApiContext.Provider value={createApi()}>
      <App />
    </ApiContext.Provider>
  </StrictMode>,
);
