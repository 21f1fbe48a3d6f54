import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createUrqlClient } from './urql-client';

type Session = {
  /** Call after logging in or out: drops every cached answer and starts a fresh GraphQL client. */
  restart(): void;
};

const SessionContext = createContext<Session>({ restart: () => undefined });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [client, setClient] = useState(createUrqlClient);
  const restart = useCallback(() => setClient(createUrqlClient()), []);
  const value = useMemo(() => ({ restart }), [restart]);
  return (
    <SessionContext.Provider value={value}>
      <Provider value={client}>{children}</Provider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  return useContext(SessionContext);
}
