import { eventClassifier } from './classifier.js';
import { families as allFamilies, labelKey, protestResponses, type Family, type Label } from './lexicon.js';
import { rolesIn, type RoleSides } from './participants.js';
import { lazy } from '../../util/lazy.js';

/** What the article around an event tells: deaths beside it, a demonstration anywhere in it. */
export interface Story { deaths: boolean; demonstration: boolean }

const EXCESSIVE_FORCE = 'Excessive force against protesters';
const MOB_VIOLENCE: Label = { type: 'Riots', subType: 'Mob violence' };
const CUE_PRIOR = 2;
const DEMONSTRATING = /\b(?:protest(?:ing|ed|ers|ors)|demonstrat(?:ing|ed|ors|ions?)|demonstrated violently)\b/iu;
const MOB = /\bmobs?\b/iu;
const VIOLENCE_BY_DEMONSTRATORS = /\b(?:violent(?:ly)? (?:demonstrat\w*|protest\w*)|demonstrated violently|destruction of property|property destruction)\b/iu;
const SCOPE_RANK = { violent: 0, protest: 1, secondary: 2, political: 3 } as const;

/**
 * The ACLED codes an event may take, most likely first: those every one of its cues allows ("protesters" and
 * "stormed" -> a violent demonstration); when they share none, those of the most violent cue; for violence and protest, then the
 * other codes of violence and protest, which the classifier must outscore the cue's prior to take.
 */
export function candidateLabels(families: Family[]): Label[] {
  const own = cueLabels(families);
  if (!families.every((f) => f.scope === 'violent' || f.scope === 'protest')) return own;
  return [...own, ...violenceAndProtestLabels().filter((l) => !own.some((x) => labelKey(x) === labelKey(l)))];
}

/**
 * Every ACLED code a violent or protest cue can take: after the cues' own codes, the
 * classifier may still pick one of these when the note reads strongly so ("residents
 * blocked the road" that ACLED codes a violent demonstration).
 */
const violenceAndProtestLabels = lazy((): Label[] => {
  const out: Label[] = [];
  for (const f of allFamilies().values()) {
    if (f.scope !== 'violent' && f.scope !== 'protest') continue;
    for (const l of f.labels) if (!out.some((x) => labelKey(x) === labelKey(l))) out.push(l);
  }
  return out;
});

// "protested after he was arrested", "calling for the release of an MP who was arrested": the grievance, not the response
const TOLD_AS_GRIEVANCE = /\b(?:(?:after|following|against|over|release of|who (?:was|were|had been|has been))\s+(?:[\p{L}'-]+\s+){0,2}|(?:after|following)\s+(?:[\p{L}'-]+\s+){1,3}(?:was|were|had been|has been)\s+)$/iu;

/** Does a text tell the authorities' response to a protest, not as what the protest was about? */
function toldResponse(regex: RegExp, text: string): boolean {
  for (const m of text.matchAll(regex)) if (!TOLD_AS_GRIEVANCE.test(text.slice(Math.max(0, m.index - 50), m.index))) return true;
  return false;
}

function cueLabels(families: Family[]): Label[] {
  let shared = families[0].labels;
  for (const f of families.slice(1)) shared = shared.filter((l) => f.labels.some((x) => labelKey(x) === labelKey(l)));
  if (shared.length) return shared;
  const primary = [...families].sort((a, b) => SCOPE_RANK[a.scope] - SCOPE_RANK[b.scope])[0];
  return primary.labels;
}

/**
 * Codes an event: the classifier trained on ACLED's notes ranks the labels the cues allow,
 * reading the event's sentences in full and its paragraph at half weight; then ACLED's
 * definitions refine it over the event's own clauses (see refine).
 */
export function codeEvent(families: Family[], clauseText: string, evidenceText: string, context: string, sides: RoleSides, story: Story): Label {
  const labels = candidateLabels(families);
  let ranked = labels;
  if (labels.length > 1) {
    const scorer = eventClassifier();
    const scores = scorer.score(evidenceText, context);
    // the cue's own preference (families.tsv lists the usual reading first) as a prior
    const score = (l: Label) => (scores[scorer.labels.indexOf(labelKey(l))] ?? -Infinity) - CUE_PRIOR * labels.indexOf(l);
    ranked = [...labels].sort((a, b) => score(b) - score(a));
  }
  return refine(ranked, families, clauseText, evidenceText, context, sides, story);
}

/**
 * ACLED's definitions as rules over the ranked labels, read in the event's clauses: a
 * battle needs armed sides (fighting, unless only a crowd is named; an attack, with both a
 * state's forces and an armed group), else the next label, and an "attack" with armed men and state
 * forces on either side (in the event's sentences) is an armed clash; a protest's
 * sub-type follows what the authorities did, as its paragraph tells it (dispersal, arrests:
 * intervention; shooting protesters: excessive force), and with no response told it was
 * peaceful; a protest whose protesters the authorities attacked, or one they broke up with
 * deaths told beside it (`deaths`), is excessive force. Rioters in a story that tells no
 * demonstration (no protesters, demands, blocked roads or dispersal) are a mob.
 */
function refine(ranked: Label[], families: Family[], text: string, sentences: string, context: string, { acting, suffering }: RoleSides, { deaths, demonstration }: Story): Label {
  const roles = rolesIn(text);

  const protest = families.some((f) => f.scope === 'protest');
  // fighting is two-sided by its nature (unless only a crowd fights: a riot); an attack is
  // a battle only when both sides are armed
  // (demonstrators who clash with the police, with no armed group named, riot: ACLED's battles need organised armed sides)
  const armedSide = roles.has('armed') || (roles.has('state') && !demonstration);
  const twoSided = families.some((f) => f.name === 'armed') ? armedSide || !roles.has('crowd') : roles.has('state') && roles.has('armed');
  const viable = ranked.filter((l) => l.type !== 'Battles' || twoSided);
  let best = viable[0] ?? ranked[0];
  // an attack by an armed group on a state's forces, or the reverse, is a battle: both sides
  // armed, though the sentence may name them in different clauses ("militants attacked the
  // town, killing two police officers")
  const clash = ranked.find((l) => l.subType === 'Armed clash');
  const sentenceRoles = rolesIn(sentences, true);
  if (best.subType === 'Attack' && clash && sentenceRoles.has('state') && sentenceRoles.has('armed')) best = clash;
  // the state's forces are armed: an attack on them, by any but a crowd, is a battle ("a police officer was shot dead")
  if (best.subType === 'Attack' && clash && suffering.has('state') && !acting.has('crowd') && !acting.has('state')) best = clash;
  // violence done by a crowd (residents, a mob, riders), with no armed men or forces acting, is mob violence
  if (best.subType === 'Attack' && best.type === 'Violence against civilians' && acting.has('crowd') && !acting.has('armed') && !acting.has('state')) best = MOB_VIOLENCE;
  // a violent crowd in a story that tells no demonstration (no protesters, demands, blocked roads) is a mob
  if (best.subType === 'Violent demonstration' && !demonstration && ranked.some((l) => l.subType === MOB_VIOLENCE.subType)) best = MOB_VIOLENCE;
  // demonstrators whom the police teargassed, with no violent cue and no crowd acting, are protesters, not rioters
  if (best.type === 'Riots' && families.every((f) => f.scope === 'protest') && acting.has('state') && !acting.has('crowd')) {
    best = ranked.find((l) => l.type === 'Protests') ?? best;
  }
  // violence the police did to demonstrators, none done by them, is no riot: lethal force against protesters
  if (best.type === 'Riots' && acting.has('state') && !acting.has('crowd') && roles.has('crowd') && families.some((f) => f.name === 'attack')) return { type: 'Protests', subType: EXCESSIVE_FORCE };
  // rioting by people told as demonstrating ("protesting students burned dorms", "youths demonstrated violently") is a violent
  // demonstration; a crowd's attack on a person (a suspected thief beaten), or one the note calls a mob, stays mob violence
  if (best.subType === MOB_VIOLENCE.subType && DEMONSTRATING.test(sentences) && !MOB.test(sentences) && !families.some((f) => f.name === 'attack')) best = ranked.find((l) => l.subType === 'Violent demonstration') ?? best;
  // demonstrators the note itself calls violent ("held a violent demonstration", "led to destruction of property") rioted
  if (best.type === 'Protests' && VIOLENCE_BY_DEMONSTRATORS.test(text)) best = ranked.find((l) => l.subType === 'Violent demonstration') ?? best;
  const response = protest || best.type === 'Protests' ? protestResponses().find((r) => toldResponse(r.regex, context)) : undefined;
  // protesters attacked by the authorities: ACLED's "excessive force", not an attack on civilians
  if (protest && best.type === 'Violence against civilians' && response?.subType === EXCESSIVE_FORCE) return { type: 'Protests', subType: EXCESSIVE_FORCE };
  if (best.type !== 'Protests') return best;
  // a protest the authorities broke up in which people died met lethal force
  if (response && deaths) return { type: 'Protests', subType: EXCESSIVE_FORCE };
  return { type: 'Protests', subType: response ? response.subType : 'Peaceful protest' };
}
