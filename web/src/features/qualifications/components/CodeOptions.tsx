// The options of a framework picker: each item as "CODE — title" in the reader's language, after an optional
// "choose" option.
import { useTranslation } from 'react-i18next';
import { localTitle } from '../frameworkDrafts';

export function CodeOptions({
  items,
  choose = false,
}: {
  items: { code: string; title: string; titleFr?: string | null }[];
  choose?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {choose && <option value="">{t('framework.edit.choose')}</option>}
      {items.map((item) => (
        <option key={item.code} value={item.code}>
          {item.code} — {localTitle(item, i18n.language)}
        </option>
      ))}
    </>
  );
}
