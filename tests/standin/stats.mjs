// The refusals of the imopenlines.v2 statistics methods, as their pages' error tables list them
// (imopenlines/api-reference/imopenlines/statistics/): a period longer than 366 days
// (PERIOD_TOO_LARGE), a period end before its start, a non-ISO date, `status` with
// `closeReason`, a filter list over 1000 items or `kpiFirstAnswer` without a full period
// (INVALID_FILTER), and `sessionId` lists over 100 / 50 unique IDs or not a list
// (BATCH_LIMIT_EXCEEDED, 100). Required params are checked by the server from portal.json
// before this runs; paging (`offset` cap) is in paging.mjs.

const DAY = 86_400_000;
const ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const given = (v) => v !== undefined && v !== null && v !== '';
// A list as JSON sends it, or as a PHP form does (`sessionId[0]=1&sessionId[1]=2`).
const asList = (v) => (Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v) : undefined);
const refuse = (error, error_description) => ({ status: 400, error, error_description });

/** The refusal of a bad period, or null: both ends ISO 8601, in order, at most 366 days apart. */
function period(params, from, to) {
  const ends = [params[from], params[to]];
  if (ends.some((v) => given(v) && !(typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v))))) {
    return refuse('INVALID_FILTER', 'Invalid date value');
  }
  if (!given(ends[0]) || !given(ends[1])) return null;
  const span = Date.parse(ends[1]) - Date.parse(ends[0]);
  if (span < 0) return refuse('INVALID_FILTER', 'Invalid date order');
  if (span > 366 * DAY) return refuse('PERIOD_TOO_LARGE', 'The requested period exceeds the maximum of 1 year');
  return null;
}

function lists(params) {
  for (const name of ['configIdList', 'operatorIdList', 'userIdList', 'sourceList']) {
    if ((asList(params[name])?.length ?? 0) > 1000) return refuse('INVALID_FILTER', `${name} must not exceed 1000 items`);
  }
  return null;
}

function batchOfIds(params, max) {
  const ids = asList(params.sessionId);
  if (!ids) return refuse(100, 'sessionId must be an array');
  if (new Set(ids.map(String)).size > max) return refuse('BATCH_LIMIT_EXCEEDED', `sessionId batch must not exceed ${max} items`);
  return null;
}

const checks = {
  'imopenlines.v2.stat.get': (p) => period(p, 'dateFrom', 'dateTo') ?? lists(p),
  'imopenlines.v2.session.rating.list': (p) => period(p, 'dateVoteFrom', 'dateVoteTo') ?? lists(p),
  'imopenlines.v2.operator.list': (p) => lists(p),
  'imopenlines.v2.session.list': (p) => {
    if (given(p.status) && given(p.closeReason)) return refuse('INVALID_FILTER', 'status and closeReason cannot be combined');
    const full = (a, b) => given(p[a]) && given(p[b]);
    if (given(p.kpiFirstAnswer) && !full('dateCreateFrom', 'dateCreateTo') && !full('dateCloseFrom', 'dateCloseTo')) {
      return refuse('INVALID_FILTER', 'kpiFirstAnswer requires a full period');
    }
    return period(p, 'dateCreateFrom', 'dateCreateTo') ?? period(p, 'dateCloseFrom', 'dateCloseTo') ?? lists(p);
  },
  'imopenlines.v2.session.stat.get': (p) => batchOfIds(p, 100),
  'imopenlines.v2.session.transfer.list': (p) => batchOfIds(p, 50),
};

/** The documented refusal of a statistics call, `{status, error, error_description}`, or null. */
export function statsRefusal(method, params) {
  return checks[String(method).toLowerCase()]?.(params) ?? null;
}
