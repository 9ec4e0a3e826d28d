import type { Doc } from '../../doc/document.js';
import type { Entity } from '../../doc/types.js';
import { groupMentions } from './coref.js';
import { cuedNames, divisionNames, retypeByContext } from './context.js';
import { creditLineNames } from './credits.js';
import { describe } from './descriptors.js';
import { dropSentenceOpeners } from './filter.js';
import { mentionsOf } from './mentions.js';
import { propagateNames } from './propagate.js';
import { tagNames } from './tagger.js';

/**
 * Named entities, one per referent, with every mention and descriptors: the trained tagger
 * finds names, they get contract types, and mentions of one referent are grouped.
 */
export function extractEntities(doc: Doc): void {
  const groups = dropSentenceOpeners(doc, groupMentions(doc, divisionNames(doc, cuedNames(doc, retypeByContext(doc, creditLineNames(doc, mentionsOf(doc, tagNames(doc))))))));
  propagateNames(doc, groups);
  const descriptors = describe(doc, groups);
  doc.entities = groups
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)
    .map((g, i): Entity => ({
      id: `ent-${i + 1}`,
      type: g.type,
      name: g.name,
      mentions: g.mentions.map((m) => ({ start: m.start, end: m.end })),
      descriptors: descriptors.get(g) ?? [],
      geo: null,
    }));
}
