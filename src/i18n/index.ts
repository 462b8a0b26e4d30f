import { ar } from './ar.ts';
import type { Messages } from './messages.ts';

export type { Messages, SocialNetwork } from './messages.ts';
export { SOCIAL_NETWORKS } from './messages.ts';

/**
 * The interface dictionaries by language. The archive's pages are Arabic; a French or English
 * dictionary implements the same {@link Messages} type and is added here.
 */
export const DICTIONARIES: Record<string, Messages> = { ar };

/** The strings of the archive's interface (Arabic). */
export const t: Messages = ar;
