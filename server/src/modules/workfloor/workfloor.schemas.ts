import { z } from 'zod';
import { ActionSchema } from '../action-plans/action-plans.schemas';
import { ScheduleBlock } from '../internships/internships.schemas';

const Ref = z.object({ id: z.string(), name: z.string() });

/**
 * What a mentor at the employer sees of the participant they guide: the work floor only. No ICF profile,
 * indication, health data, coaching notes of the coach or anything of other participants.
 */
export const WorkfloorViewSchema = z
  .object({
    trajectoryId: z.string(),
    participant: z.object({ firstName: z.string(), lastName: z.string() }),
    type: z.string(),
    employer: Ref,
    site: Ref.nullable(),
    job: z.object({ id: z.string(), title: z.string() }).nullable(),
    placedOn: z.string().nullable(),
    coach: z.object({ name: z.string(), email: z.string().nullable(), organisation: z.string() }).nullable(),
    currentPhases: z.array(
      z.object({ key: z.string(), name: z.string(), plannedEndOn: z.string().nullable() }),
    ),
    internship: z
      .object({
        id: z.string(),
        startsOn: z.string(),
        endsOn: z.string(),
        weeklySchedule: z.array(ScheduleBlock),
        learningGoals: z.array(z.string()),
        isApproved: z.boolean(),
        evaluationFrom: z.string(),
        isEvaluated: z.boolean(),
      })
      .nullable()
      .describe('The latest internship, if any'),
    actions: z.array(ActionSchema).describe('Actions of the plan assigned to the mentor or the employer'),
    mySessions: z
      .array(
        z.object({
          id: z.string(),
          sessionOn: z.string(),
          durationMinutes: z.number().int(),
          location: z.string(),
          notes: z.string().nullable(),
        }),
      )
      .describe('Sessions you logged yourself'),
  })
  .meta({ id: 'WorkfloorView' });
export type WorkfloorViewDto = z.infer<typeof WorkfloorViewSchema>;

export const WorkfloorList = z.object({
  items: z.array(
    z.object({
      trajectoryId: z.string(),
      participant: z.object({ firstName: z.string(), lastName: z.string() }),
      employer: Ref,
      site: Ref.nullable(),
      placedOn: z.string().nullable(),
      internshipEndsOn: z.string().nullable(),
      evaluationDue: z.boolean(),
    }),
  ),
});

export const WorkfloorParams = z.object({ trajectoryId: z.uuid() });
