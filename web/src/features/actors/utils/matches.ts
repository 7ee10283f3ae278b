// The two views of the suggestions on an actor's page: who can help it, and whom it can help.
import type { NeedMatchBody } from '@ci/shared';

export interface HelpOffered {
  actorId: string;
  actorName: string;
  need: string;
  /** The page's actor's competences that meet the need. */
  competences: string[];
}

/** This actor's needs and, for each, the others that offer a matching competence. */
export function helpFor(matches: readonly NeedMatchBody[], actorId: string): NeedMatchBody[] {
  return matches.filter((m) => m.actorId === actorId);
}

/** Other actors' needs that this actor's competences meet, by the other actor's name. */
export function helpBy(matches: readonly NeedMatchBody[], actorId: string): HelpOffered[] {
  return matches.flatMap((m) =>
    m.offers
      .filter((o) => o.actorId === actorId)
      .map((o) => ({ actorId: m.actorId, actorName: m.actorName, need: m.need, competences: o.competences })),
  );
}
