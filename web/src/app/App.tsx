// The app's root: router and the GraphQL client bound to the session store.
import { useMemo } from 'react';
import { BrowserRouter } from 'react-router';
import { SyncContext } from '../features/sync/SyncContext';
import { GraphQLClientContext } from '../graphql/GraphQLClientContext';
import { createAppClient } from './app-client';
import { AppRoutes } from './routes';
import { sessionStore } from './session';
import { createAppSync } from './sync';

export function App() {
  const client = useMemo(() => createAppClient(sessionStore), []);
  const sync = useMemo(() => createAppSync(sessionStore, client), [client]);
  return (
    <BrowserRouter>
      <GraphQLClientContext.Provider value={client}>
        <SyncContext.Provider value={sync}>
          <AppRoutes />
        </SyncContext.Provider>
      </GraphQLClientContext.Provider>
    </BrowserRouter>
  );
}
