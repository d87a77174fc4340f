/**
 * The values an Example cell may stand for. Writers put JSON in the cell for objects and arrays and
 * the bare scalar for everything else, so `42` can be a number or the string "42", and
 * `SOFTWARE-ENG-1` is a string although it is not JSON.
 */
export interface ExampleReading {
  /** The cell parsed as JSON, when it is JSON. */
  json?: { value: unknown };
  /** The cell as the plain text it shows. */
  text: string;
}

/** Reads an Example cell's text into its JSON value (if any) and its plain text. */
export function readExample(example: string): ExampleReading {
  const text = example.trim();
  if (!looksLikeJson(text)) return { text };
  try {
    return { json: { value: JSON.parse(text) }, text };
  } catch {
    return { text };
  }
}

/** Tells whether a cell could be JSON, so plain words skip the cost of a failing parse. */
function looksLikeJson(text: string): boolean {
  const first = text[0];
  if (first === undefined) return false;
  return first === '{' || first === '[' || first === '"' || first === '-' || (first >= '0' && first <= '9') || text === 'true' || text === 'false' || text === 'null';
}
