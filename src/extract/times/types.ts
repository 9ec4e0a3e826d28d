import type { TimeType } from '../../doc/types.js';
import type { Point, Unit } from './calendar.js';

/** What a relative expression is resolved against. */
export interface Reference {
  /** the publication date (calendar date as written); null when unknown */
  dct: Date | null;
  /**
   * The narrative anchor: the latest date before the expression at least as fine as
   * `granularity` asks ("the next day" wants a day), else the publication date.
   */
  anchor(granularity: 'day' | 'month' | 'year' | 'period'): Point | null;
  /** the words before the expression say it lies ahead ("will", "next", "is due") */
  future: boolean;
  /** they say it lies behind ("was", "had", "-ed" verbs) */
  past: boolean;
}

export type Resolver = (ref: Reference) => string | null;

/** One recognised expression before the refiners run. */
export interface Candidate {
  start: number;
  end: number;
  type: TimeType;
  /** a value that needs no reference, or a function of the reference */
  value: string | null | Resolver;
  /**
   * It points back from the anchor without moving it ("a year earlier", "the year-ago
   * quarter"), so later expressions still count from the period under discussion.
   */
  comparison?: boolean;
  /** which parser found it (for debugging and for the overlap refiner's ties) */
  parser: string;
}

/** A recogniser for one family of expressions, like chrono's parsers: a pattern and an extractor. */
export interface Parser {
  name: string;
  /**
   * Words (lower case) of which a sentence must hold one for the pattern to be worth running
   * there; '#digit' stands for any token that starts with a digit. A speed filter only.
   */
  keys: string[];
  /**
   * Its words are written in lower case, so capitalised inside a sentence they belong to a
   * name ("Daily Mail", "Noon" the surname, "Tonight" the show) and are dropped.
   */
  lowerCase?: boolean;
  /** a global regular expression; it is run over each sentence that passes the keys */
  pattern: RegExp;
  extract(match: RegExpExecArray, text: string): Omit<Candidate, 'parser'> | null;
}

export type { Point, Unit };
