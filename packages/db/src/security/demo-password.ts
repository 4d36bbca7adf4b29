/**
 * The password every demo user shares (CONTRACT.md "Demo data"). It is published, so production mode
 * never accepts it: not at sign-in, not as a new password.
 */
export const DEMO_PASSWORD = 'daihou-demo';
