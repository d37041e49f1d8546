// Hours and FTE in the reader's language ("1 234,5 h" in French).
import { useTranslation } from 'react-i18next';

export function useHours(): (value: number) => string {
  const { i18n } = useTranslation();
  return (value: number) => value.toLocaleString(i18n.language.startsWith('fr') ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
}
