/**
 * The demo's yearly targets: what the network and its provinces aim for this year and aimed for last year, in the
 * counts monitoring follows (referrals started, trajectories started, successful trajectories by a definition).
 * The demo network works in East Flanders, so its targets are for that province and for Flanders as a whole.
 */
import type { Kysely } from 'kysely';
import type { DB, Measure, TargetMetric } from '../db/schema';
import type { DemoClock, DemoNetwork } from './demo-context';

const EAST_FLANDERS = '40000';

export async function seedMonitoringTargets(db: Kysely<DB>, network: DemoNetwork, clock: DemoClock) {
  const adminId = network.demoUsers.get('network_admin') ?? null;
  const sustained = await db
    .selectFrom('success_definitions')
    .select('id')
    .where('key', '=', 'sustained_regular_work')
    .executeTakeFirstOrThrow();
  const year = Number(clock.today.slice(0, 4));
  const targets: {
    year: number;
    measure: Measure;
    province: string | null;
    metric: TargetMetric;
    target: number;
    note: string;
  }[] = [
    {
      year,
      measure: 'reintegration',
      province: null,
      metric: 'trajectories_started',
      target: 12,
      note: 'Afspraak met de ziekenfondsen: re-integratietrajecten voor langdurig zieken.',
    },
    { year, measure: 'cmw', province: EAST_FLANDERS, metric: 'referrals_started', target: 30, note: '' },
    { year, measure: 'imw', province: EAST_FLANDERS, metric: 'referrals_started', target: 30, note: '' },
    {
      year,
      measure: 'transition',
      province: null,
      metric: 'trajectories_successful',
      target: 10,
      note: 'Doorstroom naar regulier werk die minstens zes maanden standhoudt.',
    },
    {
      year: year - 1,
      measure: 'cmw',
      province: EAST_FLANDERS,
      metric: 'referrals_started',
      target: 55,
      note: '',
    },
    {
      year: year - 1,
      measure: 'reintegration',
      province: null,
      metric: 'trajectories_started',
      target: 10,
      note: '',
    },
  ];
  await db
    .insertInto('monitoring_targets')
    .values(
      targets.map((t) => ({
        year: t.year,
        measure: t.measure,
        province_nis: t.province,
        metric: t.metric,
        success_definition_id: t.metric === 'trajectories_successful' ? sustained.id : null,
        target: t.target,
        note: t.note,
        created_by: adminId,
      })),
    )
    .execute();
  return targets.length;
}
