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
  const value = parseJson(text) ?? parseJson(escapeLineBreaksInStrings(text));
  return value === undefined ? { text } : { json: value, text };
}

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/**
 * Escapes the line breaks inside JSON string literals. The docs write a `\n` inside an example's
 * string as a `<br/>`, which the cell reader turns back into a raw line break that JSON rejects.
 */
function escapeLineBreaksInStrings(text: string): string {
  let result = '';
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (inString && char === '\\') {
      result += char + (text[index + 1] ?? '');
      index += 1;
      continue;
    }
    if (char === '"') inString = !inString;
    result += inString && char === '\n' ? '\\n' : char;
  }
  return result;
}

/** Tells whether a cell could be JSON, so plain words skip the cost of a failing parse. */
function looksLikeJson(text: string): boolean {
  const first = text[0];
  if (first === undefined) return false;
  return first === '{' || first === '[' || first === '"' || first === '-' || (first >= '0' && first <= '9') || text === 'true' || text === 'false' || text === 'null';
}
