/** `public` reads published data and aggregates; `analyst` reads everything and may change it. */
export type Role = 'public' | 'analyst';

export const ROLES: readonly Role[] = ['public', 'analyst'];

export const isRole = (value: string): value is Role =>
  (ROLES as readonly string[]).includes(value);
