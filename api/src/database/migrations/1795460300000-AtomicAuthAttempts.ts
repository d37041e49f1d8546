import type { MigrationInterface, QueryRunner } from 'typeorm';

// Sign-in limits taken atomically in one call: under a per-key transaction lock, refuse when a key is locked, else
// record the attempt (as a failure until the secret proves right). One round trip holds the lock, so racing requests
// queue for milliseconds and never more than the limit are checked.
export class AtomicAuthAttempts1795460300000 implements MigrationInterface {
  name = 'AtomicAuthAttempts1795460300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Seconds a key stays locked: `max` failures no further apart than the window lock it for the window after the last.
    await queryRunner.query(`CREATE FUNCTION auth_locked_seconds(p_key text, p_max int, p_window int) RETURNS int LANGUAGE sql STABLE AS $$
      SELECT coalesce((
        SELECT CASE
                 WHEN count(*) < p_max THEN 0
                 WHEN extract(epoch FROM max(r.failed_at) - min(r.failed_at)) > p_window THEN 0
                 ELSE greatest(0, ceil(extract(epoch FROM max(r.failed_at) + make_interval(secs => p_window) - clock_timestamp())))::int
               END
          FROM (SELECT failed_at FROM auth_failures
                 WHERE key = p_key AND failed_at > clock_timestamp() - make_interval(secs => p_window * 2)
                 ORDER BY failed_at DESC LIMIT p_max) r), 0)
    $$`);
    await queryRunner.query(`CREATE FUNCTION auth_attempt(p_keys text[], p_max int[], p_window int[])
      RETURNS TABLE(attempt_key text, row_id uuid, locked_seconds int) LANGUAGE plpgsql AS $$
      DECLARE
        i int;
        seconds int;
        new_id uuid;
      BEGIN
        -- Sorted, so two attempts on overlapping keys cannot deadlock.
        PERFORM pg_advisory_xact_lock(hashtextextended(k, 0)) FROM (SELECT unnest(p_keys) AS k ORDER BY 1) sorted;
        FOR i IN 1 .. coalesce(array_length(p_keys, 1), 0) LOOP
          seconds := auth_locked_seconds(p_keys[i], p_max[i], p_window[i]);
          IF seconds > 0 THEN
            attempt_key := p_keys[i]; row_id := NULL; locked_seconds := seconds;
            RETURN NEXT;
            RETURN;
          END IF;
        END LOOP;
        FOR i IN 1 .. coalesce(array_length(p_keys, 1), 0) LOOP
          DELETE FROM auth_failures WHERE key = p_keys[i] AND failed_at < now() - interval '1 day';
          INSERT INTO auth_failures (key, failed_at) VALUES (p_keys[i], clock_timestamp()) RETURNING id INTO new_id;
          attempt_key := p_keys[i]; row_id := new_id; locked_seconds := auth_locked_seconds(p_keys[i], p_max[i], p_window[i]);
          RETURN NEXT;
        END LOOP;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION auth_attempt(text[], int[], int[])`);
    await queryRunner.query(`DROP FUNCTION auth_locked_seconds(text, int, int)`);
  }
}
