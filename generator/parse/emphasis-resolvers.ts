import { attention } from 'micromark-core-commonmark';
import { resolveAll } from 'micromark-util-resolve-all';
import type { Event, Extension, Point, Resolver, Token, TokenizeContext } from 'micromark-util-types';

// Linear replacements for the emphasis and strikethrough resolvers of micromark-core-commonmark
// 2.0.4 and micromark-extension-gfm-strikethrough 2.1.0. Those walk back over every earlier event
// for each closing `*`, `_` or `~` run, and splice the event array in place for each match. After
// `<br/>`, every other `*/` finds no opener, so a cell of 28,000 `*/ <br/>` took 70 s to generate.
// These keep a stack of open runs and the "openers bottom" of the CommonMark reference parser, and
// build the new event list in a second array instead of splicing. They give the same events in time
// linear in the input.

function runLength(token: Token): number {
  return token.end.offset - token.start.offset;
}

function movePoint(point: Point, offset: number): void {
  point.column += offset;
  point.offset += offset;
  point._bufferIndex += offset;
}

function pushAll(target: Event[], events: Event[]): void {
  for (const event of events) target.push(event);
}

function markerOf(token: Token, context: TokenizeContext): number {
  return context.sliceSerialize(token).charCodeAt(0);
}

/** The pairing rules of one kind of delimiter run (`*` and `_`, or `~`). */
interface RunRules {
  /** The token type of a run before it is resolved; the runs left unpaired become `data`. */
  sequenceType: string;
  /**
   * A number that is equal for two closers exactly when they match the same openers, so that they
   * can share an openers bottom: the stack height below which no opener matches.
   */
  closerClass(closer: Token, context: TokenizeContext): number;
  matches(opener: Token, closer: Token, context: TokenizeContext): boolean;
  /**
   * Replaces `output` from the opener's enter event (at `openExit - 1`) on with the joined span.
   * Returns whether the opener stays open with markers left, at the same index, and whether the
   * closer is used up.
   */
  join(output: Event[], openExit: number, closer: Token, context: TokenizeContext): { openerKept: boolean; closerUsed: boolean };
}

/**
 * Pairs the delimiter runs of `events` by `rules`, left to right, each closer with the nearest
 * opener that matches it, as micromark does. Returns `events`, changed in place.
 */
function resolveRuns(events: Event[], context: TokenizeContext, rules: RunRules): Event[] {
  const output: Event[] = [];
  // The output index of the exit event of each run that can still open, innermost last.
  const openers: number[] = [];
  const bottoms = new Map<number, number>();
  let index = 0;

  while (index < events.length) {
    const event = events[index]!;
    const closer = event[1];
    if (!(event[0] === 'enter' && closer.type === rules.sequenceType && closer._close)) {
      output.push(event);
      if (event[0] === 'exit' && closer.type === rules.sequenceType && closer._open) openers.push(output.length - 1);
      index += 1;
      continue;
    }

    const closerClass = rules.closerClass(closer, context);
    const bottom = bottoms.get(closerClass) ?? 0;
    let found = -1;
    for (let position = openers.length - 1; position >= bottom; position -= 1) {
      if (rules.matches(output[openers[position]!]![1], closer, context)) {
        found = position;
        break;
      }
    }

    if (found === -1) {
      bottoms.set(closerClass, openers.length);
      output.push(event, events[index + 1]!);
      if (closer._open) openers.push(output.length - 1);
      index += 2;
      continue;
    }

    // The runs above the opener are inside the joined span now, and the opener itself changed.
    const openExit = openers[found]!;
    openers.length = found;
    for (const [key, height] of bottoms) if (height > found) bottoms.set(key, found);
    const { openerKept, closerUsed } = rules.join(output, openExit, closer, context);
    if (openerKept) openers.push(openExit);
    // A closer with markers left is matched again, as micromark does.
    if (closerUsed) index += 2;
  }

  for (const event of output) if (event[1].type === rules.sequenceType) event[1].type = 'data';
  // micromark's subtokenizer reads the events array it held before resolving, so the result must
  // replace the contents of that array instead of being a new one.
  events.length = 0;
  pushAll(events, output);
  return events;
}

const attentionRules: RunRules = {
  sequenceType: 'attentionSequence',
  closerClass: (closer, context) => markerOf(closer, context) * 8 + (closer._open ? 4 : 0) + (runLength(closer) % 3),
  matches(opener, closer, context) {
    if (markerOf(opener, context) !== markerOf(closer, context)) return false;
    // CommonMark's rule of three: a run that can both open and close matches only when the sum of
    // the lengths is not a multiple of 3, unless both lengths are.
    const closeLength = runLength(closer);
    return !((opener._close || closer._open) && closeLength % 3 && !((runLength(opener) + closeLength) % 3));
  },
  join(output, openExit, closer, context) {
    const opener = output[openExit]![1];
    const use = runLength(opener) > 1 && runLength(closer) > 1 ? 2 : 1;
    const start = { ...opener.end };
    const end = { ...closer.start };
    movePoint(start, -use);
    movePoint(end, use);
    const sequenceType = use > 1 ? 'strongSequence' : 'emphasisSequence';
    const openingSequence: Token = { type: sequenceType, start, end: { ...opener.end } };
    const closingSequence: Token = { type: sequenceType, start: { ...closer.start }, end };
    const text: Token = { type: use > 1 ? 'strongText' : 'emphasisText', start: { ...opener.end }, end: { ...closer.start } };
    const group: Token = { type: use > 1 ? 'strong' : 'emphasis', start: { ...openingSequence.start }, end: { ...closingSequence.end } };
    opener.end = { ...openingSequence.start };
    closer.start = { ...closingSequence.end };

    const between = resolveAll(context.parser.constructs.insideSpan.null ?? [], output.slice(openExit + 1), context);
    output.length = openExit - 1;
    const openerKept = runLength(opener) > 0;
    if (openerKept) output.push(['enter', opener, context], ['exit', opener, context]);
    output.push(['enter', group, context], ['enter', openingSequence, context], ['exit', openingSequence, context], ['enter', text, context]);
    pushAll(output, between);
    output.push(['exit', text, context], ['enter', closingSequence, context], ['exit', closingSequence, context], ['exit', group, context]);
    return { openerKept, closerUsed: runLength(closer) === 0 };
  },
};

const strikethroughRules: RunRules = {
  sequenceType: 'strikethroughSequenceTemporary',
  closerClass: (closer) => runLength(closer),
  matches: (opener, closer) => runLength(opener) === runLength(closer),
  join(output, openExit, closer, context) {
    const opener = output[openExit]![1];
    closer.type = 'strikethroughSequence';
    opener.type = 'strikethroughSequence';
    const strikethrough: Token = { type: 'strikethrough', start: { ...opener.start }, end: { ...closer.end } };
    const text: Token = { type: 'strikethroughText', start: { ...opener.end }, end: { ...closer.start } };
    const insideSpan = context.parser.constructs.insideSpan.null;
    const inside = output.slice(openExit + 1);
    const between = insideSpan ? resolveAll(insideSpan, inside, context) : inside;

    output.length = openExit - 1;
    output.push(['enter', strikethrough, context], ['enter', opener, context], ['exit', opener, context], ['enter', text, context]);
    pushAll(output, between);
    output.push(['exit', text, context], ['enter', closer, context], ['exit', closer, context], ['exit', strikethrough, context]);
    return { openerKept: false, closerUsed: true };
  },
};

/** Resolves `*` and `_` runs to emphasis and strong, with the rules of micromark's `resolveAllAttention`. */
export const resolveAllAttentionLinear: Resolver = (events, context) => resolveRuns(events, context, attentionRules);

/** Resolves `~` and `~~` runs to strikethrough, with the rules of micromark-extension-gfm-strikethrough. */
export const resolveAllStrikethroughLinear: Resolver = (events, context) => resolveRuns(events, context, strikethroughRules);

/**
 * Replaces the emphasis resolver of micromark's shared `attention` construct, and the resolver of
 * each strikethrough construct in `extensions`, with the linear ones above.
 */
export function installLinearResolvers(extensions: readonly Extension[]): void {
  // NOTE: `attention` is one object shared by every micromark parser in the process, so this
  // changes them all. The events are the same, so only the time differs.
  attention.resolveAll = resolveAllAttentionLinear;
  for (const extension of extensions) {
    for (const constructsByCode of [extension.text, extension.insideSpan]) {
      for (const constructs of Object.values(constructsByCode ?? {})) {
        for (const construct of [constructs].flat()) {
          if (construct && construct.name === 'strikethrough') construct.resolveAll = resolveAllStrikethroughLinear;
        }
      }
    }
  }
}
