import type { CardContent } from '../../src/share/card-layout.ts';

/** A release's card content for the share card tests: an Arabic headline and a made-up office. */
export const CARD: CardContent = {
  title: 'المدير العام يستقبل سفير ماليزيا',
  line: 'الرباط · الأربعاء 11 يونيو 2025',
  badge: '',
  office: 'المديرية العامة للأمن الوطني',
  parent: 'المملكة المغربية',
  officeLatin: 'DGSN',
  host: 'press.example.org',
  color: '#0b4f8a',
};

/** The smallest emblem libvips reads: an empty 8 × 8 SVG. */
export const EMBLEM = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>');
