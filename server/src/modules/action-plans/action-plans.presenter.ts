import type { ActionRecord, CommentRecord, GoalRecord } from './action-plans.repository';
import type { ActionPlanDto } from './action-plans.schemas';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : d);

export function isActionOverdue(a: { due_on: string | null; status: string }, today: string) {
  return a.due_on !== null && a.due_on < today && (a.status === 'open' || a.status === 'in_progress');
}

export function presentAction(a: ActionRecord, today: string) {
  return {
    id: a.id,
    goalId: a.goal_id,
    title: a.title,
    assignee: a.assignee,
    assigneeName: a.assignee_name,
    dueOn: a.due_on,
    isOverdue: isActionOverdue(a, today),
    status: a.status,
    updatedBy: a.updated_by_name,
    updatedAt: iso(a.updated_at),
    version: a.version,
  };
}

export function presentGoal(g: GoalRecord, actions: ActionRecord[], today: string) {
  return {
    id: g.id,
    title: g.title,
    description: g.description,
    sortOrder: g.sort_order,
    status: g.status,
    actions: actions.filter((a) => a.goal_id === g.id).map((a) => presentAction(a, today)),
    version: g.version,
  };
}

export function presentActionPlan(
  trajectoryId: string,
  participant: { first_name: string; last_name: string },
  goals: GoalRecord[],
  actions: ActionRecord[],
  comments: CommentRecord[],
  abilities: ActionPlanDto['abilities'],
  today: string,
): ActionPlanDto {
  return {
    trajectoryId,
    participant: { firstName: participant.first_name, lastName: participant.last_name },
    goals: goals.map((g) => presentGoal(g, actions, today)),
    comments: comments.map((c) => ({
      id: c.id,
      goalId: c.goal_id,
      author: { id: c.author_user_id, name: c.author_name },
      byParticipant: c.by_participant,
      body: c.body,
      createdAt: iso(c.created_at),
    })),
    abilities,
  };
}
