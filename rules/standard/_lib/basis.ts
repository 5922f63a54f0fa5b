/** Source links used in the standard pack's `basis.url` (only addresses known to be stable). */
export const BVL_URL = 'https://lovdata.no/lov/2021-06-18-97';
export const FVL_URL = 'https://lovdata.no/lov/1967-02-10';
export const GRL_URL = 'https://lovdata.no/lov/1814-05-17';
export const PERSONOPPL_URL = 'https://lovdata.no/lov/2018-06-15-38';

/**
 * «Unless the child is known to be a small child»: true when the age is above `param` (years) or unknown
 * (missing or unreadable birth date). Voice rules use it; the observation rule covers the small children.
 */
export function notSmallChild(param: string) {
  return { not: { childAge: { max: { param } } } };
}

/** The plan period's start and end: the dedicated date fields, else the first/last date in «Planperiode». */
export const PLAN_FRA = [{ field: 'planperiodeFra' }, { field: 'planperiode', pick: 'first' as const }];
export const PLAN_TIL = [{ field: 'planperiodeTil' }, { field: 'planperiode', pick: 'last' as const }];
