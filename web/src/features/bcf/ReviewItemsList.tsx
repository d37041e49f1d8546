// The site's open items to review on site (imported from BCF), each with its elements; a trainer closes one once checked.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteReviewItemsQuery as Result } from '../../graphql/generated/graphql';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { ResolveSiteReviewItemMutation } from './bcf.queries';

type Item = Result['siteReviewItems'][number];

export function ReviewItemsList({ items, onChanged }: { items: Item[]; onChanged: () => void }) {
  const { t } = useTranslation();
  if (!items.length) return <p>{t('bcf.review.none')}</p>;
  return (
    <ul className="bcf-items">
      {items.map((item) => (
        <ReviewItemRow key={item.id} item={item} onChanged={onChanged} />
      ))}
    </ul>
  );
}

function ReviewItemRow({ item, onChanged }: { item: Item; onChanged: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const resolve = useMutation(ResolveSiteReviewItemMutation);
  const headingId = `review-${item.id}`;
  return (
    <li className="bcf-item" aria-labelledby={headingId}>
      <h3 id={headingId}>{item.title}</h3>
      {item.description && <p>{item.description}</p>}
      {item.topicAuthor && <p className="bcf-muted">{t('bcf.review.from', { author: item.topicAuthor })}</p>}
      <ul className="bcf-elements" aria-label={t('bcf.review.elements')}>
        {item.elements.map((e) => (
          <li key={e.globalId}>
            {e.ifcClass ? [e.name ?? e.ifcClass, e.storey].filter(Boolean).join(' — ') : t('bcf.review.unknownElement', { id: e.globalId })}
          </li>
        ))}
      </ul>
      <form
        className="bcf-form"
        onSubmit={(event) => {
          event.preventDefault();
          void resolve.run({ id: item.id, note: note.trim() || null }).then((done) => done && onChanged());
        }}
      >
        <TextField label={t('bcf.review.note')} value={note} onChange={(e) => setNote(e.target.value)} autoComplete="off" />
        <Button type="submit" variant="secondary" pending={resolve.pending}>
          {t('bcf.review.done')}
        </Button>
      </form>
    </li>
  );
}
