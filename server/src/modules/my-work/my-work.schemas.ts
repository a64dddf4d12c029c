import { z } from 'zod';

export const MyWorkItem = z
  .object({
    key: z.string().describe('Translation key of the item in the UI (myWork.items.<key>)'),
    count: z.number().int().nullable(),
    href: z.string().nullable().describe('Where the UI links to, with filters'),
    severity: z.enum(['info', 'warning', 'danger']),
    params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  })
  .meta({ id: 'MyWorkItem' });
export type MyWorkItem = z.infer<typeof MyWorkItem>;

export const MyWorkSection = z.object({
  key: z.string().describe('Translation key of the section (myWork.sections.<key>)'),
  items: z.array(MyWorkItem),
});

export const MyWorkResponse = z.object({ sections: z.array(MyWorkSection) });
