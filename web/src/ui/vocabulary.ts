// Trades and topics as words: "joinery, carpentry" rather than codes; a code no locale names is shown as it is.
import type { TFunction } from 'i18next';

export function tradeLabel(code: string, t: TFunction): string {
  const key = `vocabulary.trades.${code}`;
  return t(key as 'vocabulary.trades.general', { defaultValue: code });
}

export function topicLabel(code: string, t: TFunction): string {
  const key = `vocabulary.topics.${code}`;
  return t(key as 'vocabulary.topics.windows', { defaultValue: code });
}
