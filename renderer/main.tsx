// Entry point of the renderer: creates the one WorkbenchApi client and the one query cache, and
// mounts the workbench.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { ApiContext, createApi } from './api/workbench-client.js';
import { createQueryClient } from './data/query-client.js';
import { restoreLastView } from './state/view-history.js';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/reader.css';
import './styles/panels.css';
import './styles/dialogs.css';
import './styles/documents.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A restart opens a bare address: bring back the last query, filters and document first.
restoreLastView();

const api = createApi();
const queryClient = createQueryClient();

createRoot(root).render(
  <StrictMode>
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </ApiContext.Provider>
  </StrictMode>,
);
