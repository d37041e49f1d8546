// ULOs of workers' live awards that lapse within a window: each award keeps the ULO statuses that backed it, with
// each ULO's own expiry (achieved + the qualification's validity). One row per worker and ULO (the earliest expiry).
import { DEFAULT_RENEWAL_LEAD_DAYS } from './renewal-policy.entity.js';

/**
 * $1 organisation, $2 today (date), $3 horizon in days or null for each scheme's lead time, $4 site or null.
 * Only workers who are members of the organisation now.
 */
export const EXPIRING_ULOS = `
  select distinct on (a.user_id, x.ulo)
         a.user_id as "workerId", u.display_name as "workerName", x.ulo, x."expiresAt"::date::text as "expiresOn",
         s.code as scheme, q.code as qualification
    from qualification_awards a
    join memberships m on m.user_id = a.user_id and m.organisation_id = $1 and m.role = 'worker'
    join users u on u.id = a.user_id
    join scheme_qualifications q on q.id = a.qualification_id
    join qualification_schemes s on s.id = q.scheme_id
    left join scheme_renewal_policies p on p.scheme_id = s.id
    cross join lateral jsonb_to_recordset(a.evidence) as x(ulo text, "expiresAt" text)
   where a.expired_at is null and a.revoked_at is null and x."expiresAt" is not null
     and x."expiresAt"::date > $2::date
     and x."expiresAt"::date <= $2::date + coalesce($3::int, p.lead_days, ${DEFAULT_RENEWAL_LEAD_DAYS})
     and ($4::uuid is null or a.user_id in (select user_id from site_members where site_id = $4))
   order by a.user_id, x.ulo, x."expiresAt"::date`;
