/** Dates scorer: placeholder until the dates stage lands (it replaces this file). */
import type { Scorer } from './types.js';

export const scoreDates: Scorer = () => [];
