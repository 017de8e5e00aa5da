// The intermediate shape of a practice while it is being read: every value carries how it was
// found, so that merging body and attachments can prefer labelled values and the record can say
// where each field came from.
import type { Address } from '../../domain/types.js';

export interface Found<T> {
  value: T;
  /** 'label "Títol" in body', 'prose in attachment:x.pdf', 'signature', 'subject'… */
  evidence: string;
}

export interface ContactDraft {
  name?: Found<string>;
  role?: Found<string>;
  email?: Found<string>;
  phone?: Found<string>;
}

/** The layer of the message a practice was read from: whose mail it is and how it was signed. */
export interface DraftContext {
  author: Address | null;
  signature: ContactDraft;
  /** The sender's own words around the practice (intro, signature) for finding the council. */
  councilText: string[];
}

export interface PracticeDraft {
  source: string;
  title?: Found<string>;
  promoters?: Found<string[]>;
  summary?: Found<string>;
  /** The label the summary was read under ("Descripció", "Presentació"…), when it came from one. */
  summaryLabel?: string;
  contact: ContactDraft;
  /** Value of an "Ajuntament:"/"Municipi:" label, when the form has one. */
  councilHint?: string;
  /** Other labelled values of the practice (objectives, results…): its own text, for themes. */
  extraText: string[];
  /** Fields read from labels: a form outranks prose when body and attachment describe the same practice. */
  labelled: number;
  /** The prose that told the practice, read for its themes as long as no form leads the draft. */
  proseText?: string;
  /** How strongly prose alone showed a practice (0 for forms): a weak one beside a form is its cover note. */
  proseEvidence?: number;
  /** Why prose was taken as a practice, weight by weight (score.ts), for the record. */
  proseDecision?: string;
  context: DraftContext;
}

export const hasContact = (c: ContactDraft): boolean => !!(c.name || c.email || c.phone);
