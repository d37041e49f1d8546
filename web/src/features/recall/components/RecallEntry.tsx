// On the worker's day: the offer of a two-minute recall when questions are due (read from the tablet's pack, offline).
import { RECALL_SESSION } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDueRecall } from '../hooks/useDueRecall';
import './recall.css';

export function RecallEntry({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const due = useDueRecall(userId);
  if (!due?.length) return null;
  return (
    <section className="recall-entry" aria-labelledby="recall-entry-heading">
      <h2 id="recall-entry-heading">{t('recall.entry.title', { minutes: RECALL_SESSION.minutes })}</h2>
      <p>{t('recall.entry.body', { count: due.length })}</p>
      <Link className="recall-entry__start" to="/recall">
        {t('recall.entry.start')}
      </Link>
    </section>
  );
}
