import type { TypeExpression } from '../../model/types.js';

/**
 * The type of a bare PHP `array`: a PHP array is a list or an associative array, so on the wire it
 * is a JSON array or a JSON object of any values.
 */
export const BARE_ARRAY_TYPE: TypeExpression = {
  kind: 'union',
  members: [
    { kind: 'array', items: { kind: 'unknown' } },
    { kind: 'map', values: { kind: 'unknown' } },
  ],
};
