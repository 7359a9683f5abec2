import { FINDINGS, ORDERS } from '@ingest/outcomes/event-measures';

/** Measures that count events (findings, orders): a landlord's are added up. */
const COUNTED = [FINDINGS, ORDERS].map((m) => `'${m}'`).join(', ');

/**
 * One figure per landlord, measure, tenure and year, over the published figures matched to a
 * landlord (markers and blanks left out). A landlord may have several rows for one of them:
 * an analyst can link a group's name and its subsidiary's to one landlord, and the sources
 * publish each under its own name. Peer distributions and medians must count that landlord
 * once, so its rows become one figure: counts added up; shares and rates pooled, weighted by
 * their denominators (the complaints or cases they are shares of) when every row gives one,
 * else their plain mean. The denominator is the rows' total when every row gives one.
 */
export const LANDLORD_FIGURES_SQL = `SELECT m."landlordId", m."measure", m."tenure", m."year",
    CASE
      WHEN count(*) = 1 THEN min(m."value")
      WHEN m."measure" IN (${COUNTED}) THEN sum(m."value")
      WHEN count(m."denominator") = count(*) AND sum(m."denominator") > 0
        THEN sum(m."value" * m."denominator") / sum(m."denominator")
      ELSE avg(m."value")
    END AS "value",
    CASE WHEN count(m."denominator") = count(*) THEN sum(m."denominator") END AS "denominator"
  FROM "outcome_measure" m
  WHERE m."landlordId" IS NOT NULL AND m."value" IS NOT NULL
  GROUP BY m."landlordId", m."measure", m."tenure", m."year"`;
