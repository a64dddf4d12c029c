import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type {
  DB,
  TrajectoryActionsTable,
  TrajectoryGoalsTable,
  TrajectoryPlanCommentsTable,
} from '../../db/schema';

export type GoalRecord = Awaited<ReturnType<typeof actionPlansRepository.findGoals>>[number];
export type ActionRecord = Awaited<ReturnType<typeof actionPlansRepository.findActions>>[number];
export type CommentRecord = Awaited<ReturnType<typeof actionPlansRepository.findComments>>[number];

const bump = { version: sql<number>`version + 1`, updated_at: sql<Date>`now()` };

export const actionPlansRepository = {
  findGoals(db: Kysely<DB>, trajectoryId: string) {
    return db
      .selectFrom('trajectory_goals')
      .select(['id', 'trajectory_id', 'title', 'description', 'sort_order', 'status', 'version'])
      .where('trajectory_id', '=', trajectoryId)
      .orderBy('sort_order')
      .orderBy('created_at')
      .execute();
  },

  findActions(db: Kysely<DB>, trajectoryIds: string[]) {
    if (trajectoryIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('trajectory_actions as a')
      .leftJoin('users as u', 'u.id', 'a.updated_by')
      .select([
        'a.id',
        'a.goal_id',
        'a.trajectory_id',
        'a.title',
        'a.assignee',
        'a.assignee_name',
        'a.due_on',
        'a.status',
        'u.display_name as updated_by_name',
        'a.updated_at',
        'a.version',
      ])
      .where('a.trajectory_id', 'in', trajectoryIds)
      .orderBy(sql`a.due_on nulls last`)
      .orderBy('a.created_at')
      .execute();
  },

  findComments(db: Kysely<DB>, trajectoryId: string) {
    return db
      .selectFrom('trajectory_plan_comments as c')
      .innerJoin('users as u', 'u.id', 'c.author_user_id')
      .select([
        'c.id',
        'c.goal_id',
        'c.author_user_id',
        'u.display_name as author_name',
        'c.by_participant',
        'c.body',
        'c.created_at',
      ])
      .where('c.trajectory_id', '=', trajectoryId)
      .orderBy('c.created_at')
      .execute();
  },

  insertGoal(db: Kysely<DB>, values: Insertable<TrajectoryGoalsTable>) {
    return db.insertInto('trajectory_goals').values(values).returning('id').executeTakeFirstOrThrow();
  },

  async updateGoalVersioned(
    db: Kysely<DB>,
    id: string,
    version: number,
    values: Updateable<TrajectoryGoalsTable>,
  ) {
    const r = await db
      .updateTable('trajectory_goals')
      .set({ ...values, ...bump })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  },

  insertAction(db: Kysely<DB>, values: Insertable<TrajectoryActionsTable>) {
    return db.insertInto('trajectory_actions').values(values).returning('id').executeTakeFirstOrThrow();
  },

  async updateActionVersioned(
    db: Kysely<DB>,
    id: string,
    version: number,
    values: Updateable<TrajectoryActionsTable>,
  ) {
    const r = await db
      .updateTable('trajectory_actions')
      .set({ ...values, ...bump })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  },

  insertComment(db: Kysely<DB>, values: Insertable<TrajectoryPlanCommentsTable>) {
    return db.insertInto('trajectory_plan_comments').values(values).returning('id').executeTakeFirstOrThrow();
  },
};
