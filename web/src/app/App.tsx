// The app's root: router and the GraphQL client bound to the session store.
import { useMemo } from 'react';
import { BrowserRouter } from 'react-router';
import { GraphQLClientContext } from '../graphql/GraphQLClientContext';
import { createAppClient } from './app-client';
import { AppRoutes } from './routes';
import { sessionStore } from './session';

export function App() {
  const client = useMemo(() => createAppClient(sessionStore), []);
  return (
    <BrowserRouter>
      <GraphQLClientContext.Provider value={client}>
        <AppRoutes />
      </GraphQLClientContext.Provider>
    </BrowserRouter>
  );
}
