import type { RuleContext } from './breaking-rules.js';
import type { Change } from './report.js';

/** A change as the comparison finds it, before the breaking rules class it. */
export type DetectedChange = Omit<Change, 'breaks' | 'breaking'> & { context?: RuleContext };
