import { formatYuan } from '../format';

/** An amount in yuan as the API sent it, in tabular figures so columns line up. */
export function Amount({ value, strong }: { value: string; strong?: boolean }) {
  const text = formatYuan(value);
  return <span className={strong ? 'num num-strong' : 'num'}>{text}</span>;
}
