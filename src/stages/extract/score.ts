// One place that decides how strongly competing evidence shows something: named weights, named
// thresholds, and a tally that keeps each reason it counted, so a decision can be explained
// ("prose showed a practice: title line +1, description that explains the practice +2 = 3 ≥ 2").
// Readers add reasons by name; they never compare raw numbers of their own.

/** Weights of the signs that prose tells a practice (read.ts applyProse). */
export const PROSE_WEIGHTS = {
  /** A line of its own above the paragraph that tells the practice (bold, a heading, or plain). */
  titleLine: 1,
  /** A name introduced in the sentences ("el projecte «X»", "hem creat X"). */
  namedInProse: 1,
  /** Paragraphs under the title line, read as its explanation. */
  summaryUnderTitle: 1,
  /** Promoters told in the prose itself ("amb l'Associació X"). */
  promotersInProse: 1,
  /** A summary that explains the practice ("consisteix en…"). */
  explainingSummary: 2,
  /** A summary that only describes. */
  plainSummary: 1,
  /** The council telling its own doing ("hem posat en marxa…"). */
  ownAction: 1,
} as const;

/** Thresholds the tallies are compared with. */
export const THRESHOLDS = {
  /** Prose shows a practice only with at least this much evidence. */
  proseShowsPractice: 2,
  /** Without a name or an explanation, prose needs this much (promoters, the council's doing, a description). */
  unnamedPractice: 3,
} as const;

export type ProseSign = keyof typeof PROSE_WEIGHTS;

/** A running tally: each sign counted with its weight, kept for the evidence. */
export class Tally<Sign extends string> {
  private readonly counted: Array<{ sign: Sign; weight: number }> = [];

  constructor(private readonly weights: Readonly<Record<Sign, number>>) {}

  /** Counts a sign (when `when` holds) and returns whether it did. */
  add(sign: Sign, when = true): boolean {
    if (when) this.counted.push({ sign, weight: this.weights[sign] });
    return when;
  }

  get total(): number {
    return this.counted.reduce((sum, c) => sum + c.weight, 0);
  }

  /** Whether the total reaches a threshold. */
  reaches(threshold: number): boolean {
    return this.total >= threshold;
  }

  /** "titleLine +1, explainingSummary +2 = 3": why the total is what it is. */
  explain(): string {
    if (!this.counted.length) return 'no evidence';
    return `${this.counted.map((c) => `${c.sign} +${c.weight}`).join(', ')} = ${this.total}`;
  }
}

/** A tally of the signs that prose tells a practice. */
export const proseTally = (): Tally<ProseSign> => new Tally(PROSE_WEIGHTS);

/**
 * Weights of a phone number by what labels it, when a text gives several (a signature with a
 * switchboard, a direct line and a fax): the direct line is the contact's own, a plain number comes
 * next, the switchboard reaches the contact only through somebody else, and a fax is no phone at all.
 */
export const PHONE_WEIGHTS = {
  directLine: 2,
  plain: 1,
  switchboard: 0,
} as const;

export type PhoneSign = keyof typeof PHONE_WEIGHTS | 'fax';
