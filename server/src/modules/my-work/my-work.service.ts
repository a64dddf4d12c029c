import type { RequestContext } from '../../lib/context';
import { MY_WORK_PROVIDERS } from './my-work.providers';

/** The personal start page: what needs the user's attention, section by section, for every role they hold. */
export async function getMyWork(ctx: RequestContext) {
  const sections = await Promise.all(
    MY_WORK_PROVIDERS.map(async (provider) => {
      const items = await provider.load(ctx);
      return items ? { key: provider.section, items } : null;
    }),
  );
  return { sections: sections.filter((s) => s !== null) };
}
