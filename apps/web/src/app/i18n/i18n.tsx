import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en, type MessageKey, zh } from './messages';

export type Locale = 'zh-CN' | 'en';
const STORAGE_KEY = 'daihou.locale';

function storedLocale(): Locale {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  readonly locale: Locale;
  readonly t: Translate;
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  const setLocale = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private windows may refuse storage: the switch still applies to this page.
    }
    setLocaleState(next);
  }, []);
  // Screen readers and the browser's own spelling and hyphenation follow the page language.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(() => {
    const table: Record<MessageKey, string> = locale === 'en' ? en : zh;
    const t: Translate = (key, params) => {
      let text = table[key];
      if (params) for (const [k, v] of Object.entries(params)) text = text.replace(`{${k}}`, String(v));
      return text;
    };
    return { locale, t, setLocale };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
