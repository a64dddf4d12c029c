import { describe, expect, it } from 'vitest';
import {
  ADAPTATION_FUNDERS,
  APPROACH_REQUEST_STATUSES,
  BATCH_STATUSES,
  CONTACT_CHANNELS,
  CONTRACT_TYPES,
  COST_BANDS,
  COST_PAYERS,
  COST_PERIODS,
  DECLINE_REASONS,
  DECLINED_BY,
  JOB_KINDS,
  JOB_STATUSES,
  JOINT_ACTION_REASONS,
  PROPOSAL_STATUSES,
  SERVICE_REQUEST_STATUSES,
  SHIFTS,
} from '../../../server/src/db/schema';
import { MODES, OFFER } from '../../../server/src/modules/matching/engine/model';
import { WEIGHTS } from '../../../server/src/modules/matching/engine/score';
import { ExclusionSchema } from '../../../server/src/modules/matching/matching.schemas';
import { PARTICIPANT_REASONS } from '../scenes/proposals/proposal-reasons';
import { en } from './en';
import { nlBE } from './nl-BE';

/**
 * Code lists are shown through keys built at run time (`jobs.kinds.${kind}`), which the literal-key check of
 * catalogues.test.ts cannot see: every value of every list needs its label in both languages.
 */
const LISTS: [string, readonly string[]][] = [
  ['jobs.kinds', JOB_KINDS],
  ['jobs.statuses', JOB_STATUSES],
  ['jobs.status.to', JOB_STATUSES],
  ['jobs.contractTypes', CONTRACT_TYPES],
  ['jobs.sheet.payers', COST_PAYERS],
  ['jobs.sheet.periods', COST_PERIODS],
  ['employerDesk.contacts.channels', CONTACT_CHANNELS],
  ['employerDesk.approaches.statuses', APPROACH_REQUEST_STATUSES],
  ['employerDesk.approaches.decided', APPROACH_REQUEST_STATUSES],
  ['employerDesk.approaches.decisions', ['accept', 'decline', 'take_over']],
  ['employerDesk.approaches.decisionHelp', ['accept', 'decline', 'take_over']],
  ['employerDesk.services.statuses', SERVICE_REQUEST_STATUSES],
  ['employerDesk.joint.reasons', JOINT_ACTION_REASONS],
  ['employerDesk.coordination', ['owner', 'joint', 'unowned', 'uncoordinated']],
  ['employerDesk.contacts.coordinationHelp', ['owner', 'joint', 'unowned', 'uncoordinated']],
  ['catalogues.adaptations.costBands', COST_BANDS],
  ['catalogues.adaptations.funderNames', ADAPTATION_FUNDERS],
  // Matching and proposals: every exclusion, part, mode and support an explanation can name, and the steps.
  ['matching.explanation.exclusions', ExclusionSchema.options],
  ['matching.explanation.partNames', Object.keys(WEIGHTS)],
  ['matching.explanation.modes', MODES],
  ['matching.explanation.supports', Object.keys(OFFER).filter((o) => o !== 'wagePremium')],
  ['matching.explanation.demandLevels', ['l0', 'l1', 'l2', 'l3', 'l4']],
  ['participantRecord.shiftNames', SHIFTS],
  ['matching.batches.statuses', BATCH_STATUSES],
  ['proposals.statuses', PROPOSAL_STATUSES],
  ['proposals.reasons', DECLINE_REASONS],
  ['proposals.declinedByOptions', DECLINED_BY],
  ['myProposals.why.modes', MODES],
  ['myProposals.reasons', PARTICIPANT_REASONS],
];

function at(catalogue: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

describe('labels of the code lists', () => {
  it('should name every value of every list in Dutch and English', () => {
    const missing = LISTS.flatMap(([prefix, values]) =>
      values.flatMap((value) =>
        [
          ['nl-BE', nlBE],
          ['en', en],
        ]
          .filter(([, catalogue]) => typeof at(catalogue, `${prefix}.${value}`) !== 'string')
          .map(([lng]) => `${lng} ${prefix}.${value}`),
      ),
    );
    expect(missing).toEqual([]);
  });
});
