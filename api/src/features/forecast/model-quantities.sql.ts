// The SQL that reads quantities for a planned project out of the building models FIT indexed. Only aggregates leave
// the database (a count of windows, a sum of wall areas), never an element, and only from sites of companies
// sharing with the network body.

/**
 * $1: the sharing companies' ids. One row per ready model version. The wall area is given only when every external
 * wall carries an indexed side area (Qto_WallBaseQuantities NetSideArea, else GrossSideArea): a partial sum would
 * under-count, so it stays null and the screen says areas are missing rather than guessing.
 */
export const MODEL_QUANTITIES = `
  with walls as (
    select e.model_id,
           count(*)::int as walls,
           count(coalesce(e.properties->'NetSideArea', e.properties->'GrossSideArea'))::int as with_area,
           sum(coalesce((e.properties->>'NetSideArea')::double precision, (e.properties->>'GrossSideArea')::double precision)) as area
      from bim_elements e
     where e.ifc_class in ('IfcWall', 'IfcWallStandardCase') and e.properties->'IsExternal' = 'true'::jsonb
     group by e.model_id
  ), windows as (
    select e.model_id, count(*)::int as windows
      from bim_elements e where e.ifc_class in ('IfcWindow', 'IfcWindowStandardCase')
     group by e.model_id
  )
  select m.id as "modelId", s.name as "siteName", o.name as "companyName", m.file_name as "fileName", m.version,
         coalesce(w.windows, 0) as windows, coalesce(x.walls, 0) as "externalWalls",
         case when x.walls > 0 and x.with_area = x.walls then round(x.area::numeric, 1)::double precision end as "externalWallArea"
    from bim_models m
    join sites s on s.id = m.site_id
    join organisations o on o.id = s.organisation_id
    left join windows w on w.model_id = m.id
    left join walls x on x.model_id = m.id
   where s.organisation_id = any($1::uuid[]) and m.status = 'ready'
   order by o.name, s.name, m.version desc`;
