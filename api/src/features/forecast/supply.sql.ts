// The SQL the forecast runs for its supply side. Only counts leave the database: holders of each ULO per expiry
// year, summed over the companies sharing with the network body — never a person's name or id.

/**
 * $1: the sharing companies' ids. A person counts once per ULO (their latest expiry across live awards), whatever
 * the number of companies or awards they hold it through; `expiresYear` null means the hold does not expire.
 */
export const HOLDERS_BY_ULO = `
  with people as (
    select distinct m.user_id from memberships m where m.organisation_id = any($1::uuid[])
  ), held as (
    select a.user_id, e->>'ulo' as ulo, max(coalesce((e->>'expiresAt')::date, 'infinity'::date)) as until
      from qualification_awards a
      join people p on p.user_id = a.user_id
      cross join lateral jsonb_array_elements(a.evidence) e
     where a.expired_at is null and a.revoked_at is null and e->>'state' = 'held'
     group by a.user_id, e->>'ulo'
  )
  select ulo, case when until = 'infinity' then null else extract(year from until)::int end as "expiresYear", count(*)::int as workers
    from held group by 1, 2`;

/** $1: territory. Headcounts declared for companies not in FIT: holders without a known expiry. */
export const DECLARED_BY_ULO = `
  select ulo, null::int as "expiresYear", sum(workers)::int as workers from forecast_headcounts where territory_id = $1 group by ulo`;

/** $1: organisations whose published modules may be proposed; $2: language. Each module's latest published version. */
export const PUBLISHED_MODULES = `
  select distinct on (v.module_id) v.module_id as id,
         coalesce(v.content->'title'->>$2, v.content->'title'->>'fr', v.content->'title'->>'en', v.content->>'title', '') as title,
         coalesce((select array_agg(x) from jsonb_array_elements_text(v.content->'outcomes') x), '{}') as ulos,
         coalesce((v.content->>'estimatedMinutes')::int, 0) as minutes
    from module_versions v
   where v.organisation_id = any($1::uuid[]) and v.status = 'published'
   order by v.module_id, v.version desc`;
