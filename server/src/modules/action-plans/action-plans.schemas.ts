import { z } from 'zod';
import { ACTION_ASSIGNEES, ACTION_STATUSES, GOAL_STATUSES } from '../../db/schema';
import { IsoDate, NonEmpty, OptionalText, Version } from '../../lib/validation';

export const GoalStatusSchema = z.enum(GOAL_STATUSES).meta({ id: 'GoalStatus' });
export const ActionStatusSchema = z.enum(ACTION_STATUSES).meta({ id: 'ActionStatus' });
export const ActionAssigneeSchema = z.enum(ACTION_ASSIGNEES).meta({ id: 'ActionAssignee' });

export const ActionSchema = z
  .object({
    id: z.string(),
    goalId: z.string(),
    title: z.string(),
    assignee: ActionAssigneeSchema,
    assigneeName: z.string().nullable(),
    dueOn: z.string().nullable(),
    isOverdue: z.boolean().describe('Past its due date and not done or cancelled'),
    status: ActionStatusSchema,
    updatedBy: z.string().nullable(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'PlanAction' });

export const PlanCommentSchema = z
  .object({
    id: z.string(),
    goalId: z.string().nullable(),
    author: z.object({ id: z.string(), name: z.string() }),
    byParticipant: z.boolean(),
    body: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'PlanComment' });

export const GoalSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    sortOrder: z.number().int(),
    status: GoalStatusSchema,
    actions: z.array(ActionSchema),
    version: z.number().int(),
  })
  .meta({ id: 'PlanGoal' });

export const ActionPlanSchema = z
  .object({
    trajectoryId: z.string(),
    participant: z.object({ firstName: z.string(), lastName: z.string() }),
    goals: z.array(GoalSchema),
    comments: z.array(PlanCommentSchema),
    abilities: z.object({
      edit: z.boolean().describe('Add and change goals and actions (the coach and their organisation)'),
      markActions: z.boolean().describe('Change the status of actions (also the participant)'),
      comment: z.boolean(),
    }),
  })
  .meta({ id: 'ActionPlan' });
export type ActionPlanDto = z.infer<typeof ActionPlanSchema>;

export const TrajectoryParams = z.object({ id: z.uuid() });
export const GoalParams = z.object({ id: z.uuid(), goalId: z.uuid() });
export const ActionParams = z.object({ id: z.uuid(), actionId: z.uuid() });

export const CreateGoalBody = z.object({
  title: NonEmpty(300),
  description: OptionalText(4000),
  sortOrder: z.number().int().min(0).max(999).optional(),
});
export type CreateGoalBody = z.infer<typeof CreateGoalBody>;

export const UpdateGoalBody = z.object({
  version: Version,
  data: z
    .object({
      title: NonEmpty(300),
      description: OptionalText(4000),
      sortOrder: z.number().int().min(0).max(999),
      status: GoalStatusSchema,
    })
    .partial(),
});
export type UpdateGoalBody = z.infer<typeof UpdateGoalBody>;

export const CreateActionBody = z.object({
  title: NonEmpty(300),
  assignee: ActionAssigneeSchema,
  assigneeName: OptionalText(200),
  dueOn: IsoDate.nullable().optional(),
});
export type CreateActionBody = z.infer<typeof CreateActionBody>;

export const UpdateActionBody = z.object({
  version: Version,
  data: z
    .object({
      title: NonEmpty(300),
      assignee: ActionAssigneeSchema,
      assigneeName: OptionalText(200),
      dueOn: IsoDate.nullable(),
      status: ActionStatusSchema,
    })
    .partial(),
});
export type UpdateActionBody = z.infer<typeof UpdateActionBody>;

export const ActionStatusBody = z.object({ version: Version, status: ActionStatusSchema });
export type ActionStatusBody = z.infer<typeof ActionStatusBody>;

export const CreateCommentBody = z.object({
  goalId: z.uuid().nullable().optional().describe('About one goal, or the plan as a whole'),
  body: NonEmpty(2000),
});
export type CreateCommentBody = z.infer<typeof CreateCommentBody>;
