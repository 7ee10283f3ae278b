// The sections of an initiative in the top navigation, per role. The server enforces access; the
// nav only leaves out what a role cannot use, so occasional users see a short, familiar list.
import type { Role } from '@ci/shared';
import { canEditAll, canEnterData, canFollowReporting, canManageMembers, canReviewMeasurements } from '../lib/permissions';

export type NavSection = 'overview' | 'entry' | 'completeness' | 'review' | 'activities' | 'ideas' | 'meetings' | 'directory' | 'agenda' | 'members' | 'reports';

interface NavItem {
  section: NavSection;
  /** Relative to /i/:initiativeId; '' is the overview. */
  path: string;
  visible: (role: Role) => boolean;
}

const everyone = () => true;

export const NAV_ITEMS: readonly NavItem[] = [
  { section: 'overview', path: '', visible: everyone },
  { section: 'entry', path: 'entry', visible: canEnterData },
  { section: 'completeness', path: 'completeness', visible: canFollowReporting },
  { section: 'review', path: 'review', visible: canReviewMeasurements },
  { section: 'activities', path: 'activities', visible: everyone },
  { section: 'ideas', path: 'ideas', visible: everyone },
  { section: 'meetings', path: 'meetings', visible: everyone },
  { section: 'directory', path: 'directory', visible: everyone },
  { section: 'reports', path: 'reports', visible: everyone },
  { section: 'agenda', path: 'agenda', visible: canEditAll },
  { section: 'members', path: 'members', visible: canManageMembers },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.visible(role));
}
