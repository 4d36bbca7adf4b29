import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { onSessionExpired } from '../../api/client';
import { ErrorState, Loading } from '../../shared/components/states';
import { ME_KEY, useMe } from '../session';

/**
 * The signed-in part of the console. Without a session it sends you to the login page, remembering
 * where you were; a 401 from any later call (idle timeout, sign-out elsewhere, password change) does the
 * same with a message saying the session ended.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [expired, setExpired] = useState(false);

  useEffect(
    () =>
      onSessionExpired(() => {
        // A 401 while signed in means the session ended; before sign-in it only means "not yet".
        if (queryClient.getQueryData(ME_KEY) != null) setExpired(true);
        queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
        queryClient.setQueryData(ME_KEY, null);
      }),
    [queryClient],
  );

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  if (me.data === null) {
    const query = new URLSearchParams();
    if (expired) query.set('expired', '1');
    const next = location.pathname + location.search;
    if (next !== '/') query.set('next', next);
    const search = query.toString();
    return <Navigate to={search ? `/login?${search}` : '/login'} replace />;
  }
  // A password an administrator set must be changed before anything else (the API refuses the rest).
  if (me.data.passwordChangeRequired && location.pathname !== '/password') {
    return <Navigate to="/password" replace />;
  }
  return <>{children}</>;
}
