// A few line icons drawn inline: no icon font, nothing to load. Always decorative (aria-hidden);
// the meaning is carried by the text next to them.
import type { ReactElement } from 'react';

const PATHS = {
  onTrack: (
    <>
      <circle cx="12" cy="12" r="9" fill="currentColor" />
      <path d="M7.5 12.5l3 3 6-6.5" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  atRisk: (
    <>
      <path d="M12 2.8L22 20.5H2z" fill="currentColor" strokeLinejoin="round" />
      <path d="M12 9v5.5" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
      <circle cx="12" cy="17.6" r="1.3" fill="#fff" />
    </>
  ),
  offTrack: (
    <>
      <rect x="3" y="3" width="18" height="18" rx="2.5" fill="currentColor" />
      <path d="M8 8l8 8M16 8l-8 8" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
    </>
  ),
  noData: (
    <>
      <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="3 2.4" />
      <path d="M8 12h8" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
    </>
  ),
  chevronDown: <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />,
  arrowLeft: <path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />,
  search: (
    <>
      <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M16 16l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </>
  ),
  calendar: (
    <>
      <rect x="3.5" y="5" width="17" height="15.5" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M3.5 10h17M8 3v4M16 3v4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </>
  ),
  people: (
    <>
      <circle cx="9" cy="8.5" r="3.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M2.5 20c.8-3.6 3.3-5.5 6.5-5.5s5.7 1.9 6.5 5.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <path d="M16 5.2a3.4 3.4 0 010 6.6M18 14.8c1.8.7 3 2.4 3.5 5.2" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </>
  ),
  alert: (
    <>
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12 7.5v5.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      <circle cx="12" cy="16.5" r="1.3" fill="currentColor" />
    </>
  ),
  close: <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />,
  check: <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />,
  /** An idea, newly proposed: a light bulb. */
  bulb: (
    <>
      <path d="M12 3a6 6 0 00-3.6 10.8c.7.6 1.1 1.3 1.1 2.2v.5h5v-.5c0-.9.4-1.6 1.1-2.2A6 6 0 0012 3z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M9.5 19.5h5M10.5 22h3" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </>
  ),
  /** Under discussion: a speech bubble. */
  speech: (
    <>
      <path d="M4 5.5h16v10.5H11l-4.5 4v-4H4z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <circle cx="8.5" cy="10.8" r="1.2" fill="currentColor" />
      <circle cx="12" cy="10.8" r="1.2" fill="currentColor" />
      <circle cx="15.5" cy="10.8" r="1.2" fill="currentColor" />
    </>
  ),
  /** Declined: a ring with a cross, hollow where "accepted" is filled. */
  declined: (
    <>
      <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
      <path d="M8.8 8.8l6.4 6.4M15.2 8.8l-6.4 6.4" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </>
  ),
  /** A drag handle: two columns of dots. */
  grip: (
    <>
      {[6, 12, 18].map((y) => (
        <g key={y}>
          <circle cx="9" cy={y} r="1.6" fill="currentColor" />
          <circle cx="15" cy={y} r="1.6" fill="currentColor" />
        </g>
      ))}
    </>
  ),
} satisfies Record<string, ReactElement>;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 20, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg className={['icon', className].filter(Boolean).join(' ')} width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {PATHS[name]}
    </svg>
  );
}
