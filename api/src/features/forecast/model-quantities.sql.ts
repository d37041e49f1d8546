// The SQL that reads quantities for a planned project out of the building models FIT indexed. Only aggregates leave
// the database (a count of windows, a sum of wall areas), never an element, and only from sites of companies
// sharing with the network body.

/**
 * $1: the sharing companies' ids. One row per ready model version. External walls are the walls with
 * Pset_WallCommon.IsExternal = true. Their area is the sum of each one's side area (bim_elements.side_area): the file's
 * Qto_WallBaseQuantities / BaseQuantities NetSideArea, else GrossSideArea, read at indexing; else the geometry job's
 * estimate (half the wall's vertical faces, a few per cent above the net area). It is given only when every external
 * wall has one: a partial sum would under-count, so it stays null and the screen says areas are missing.
 */
export const MODEL_QUANTITIES = `
  with walls as (
    select e.model_id,
           count(*)::int as walls,
           count(e.side_area)::int as with_area,
           sum(e.side_area) as area,
           count(*) filter (where e.side_area_source = 'geometry')::int as estimated
      from bim_elements e
     where e.ifc_class in ('IfcWall', 'IfcWallStandardCase', 'IfcWallElementedCase') and e.properties->'IsExternal' = 'true'::jsonb
     group by e.model_id
  ), windows as (
    select e.model_id, count(*)::int as windows
      from bim_elements e where e.ifc_class in ('IfcWindow', 'IfcWindowStandardCase')
     group by e.model_id
  )
  select m.id as "modelId", s.name as "siteName", o.name as "companyName", m.file_name as "fileName", m.version,
         coalesce(w.windows, 0) as windows, coalesce(x.walls, 0) as "externalWalls",
         case when x.walls > 0 and x.with_area = x.walls then round(x.area::numeric, 1)::double precision end as "externalWallArea",
         coalesce(x.estimated, 0) > 0 as "externalWallAreaEstimated"
    from bim_models m
    join sites s on s.id = m.site_id
    join organisations o on o.id = s.organisation_id
    left join windows w on w.model_id = m.id
    left join walls x on x.model_id = m.id
   where s.organisation_id = any($1::uuid[]) and m.status = 'ready'
   order by o.name, s.name, m.version desc`;
