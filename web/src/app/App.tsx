// The app's root: router, the GraphQL client bound to the session store, and the query cache of server reads.
import { useMemo } from 'react';
import { BrowserRouter } from 'react-router';
import { SyncContext } from '../features/sync/SyncContext';
import { GraphQLClientContext } from '../graphql/GraphQLClientContext';
import { createQueryClient } from '../graphql/query-client';
import { createAppClient } from './app-client';
import { QueryProvider } from './QueryProvider';
import { AppRoutes } from './routes';
import { sessionStore } from './session';
import { createAppSync } from './sync';

export function App() {
  const client = useMemo(() => createAppClient(sessionStore), []);
  const queryClient = useMemo(() => createQueryClient(client), [client]);
  const sync = useMemo(() => createAppSync(sessionStore, client), [client]);
  return (
    <BrowserRouter>
      <GraphQLClientContext.Provider value={client}>
        <QueryProvider client={queryClient} store={sessionStore} sync={sync}>
          <SyncContext.Provider value={sync}>
            <AppRoutes />
          </SyncContext.Provider>
        </QueryProvider>
      </GraphQLClientContext.Provider>
    </BrowserRouter>
  );
}
