import { QueryClient } from '@tanstack/react-query';
import { ApiFailure } from '../api/client';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers are final (signed out, forbidden, not found, bad filter); only network trouble retries.
      retry: (count, err) => !(err instanceof ApiFailure && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});
