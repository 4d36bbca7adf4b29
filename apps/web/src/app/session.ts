import { useQuery } from '@tanstack/react-query';
import { ApiFailure, api, unwrap } from '../api/client';
import type { Health, Me, Permission } from '../api/types';

export const ME_KEY = ['me'] as const;

/** The signed-in user, or null when there is no (longer a) session. */
async function fetchMe(): Promise<Me | null> {
  try {
    return unwrap(await api.GET('/api/v1/me'));
  } catch (err) {
    if (err instanceof ApiFailure && err.status === 401) return null;
    throw err;
  }
}

export const useMe = () => useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });

export const useHealth = () =>
  useQuery({
    queryKey: ['health'],
    queryFn: async (): Promise<Health> => unwrap(await api.GET('/api/v1/health')),
    staleTime: 60_000,
  });

export const can = (me: Me | null | undefined, permission: Permission): boolean =>
  me?.permissions.includes(permission) ?? false;
