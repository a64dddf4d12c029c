import { useSearchParams } from 'react-router';

/**
 * List filters kept in the URL, so a filtered list can be linked to (from "my work") and survives a reload.
 * Changing any filter but the page goes back to page 1.
 */
export function useFilters() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) {
        next.set(key, value);
      } else {
        next.delete(key);
      }
    }
    if (!('page' in changes)) {
      next.delete('page');
    }
    setParams(next, { replace: true });
  };
  const page = Number(params.get('page') ?? '1');
  return { params, update, page };
}
