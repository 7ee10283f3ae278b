import { Link } from 'react-router';
import { initiativeRoute } from '../../../lib/initiative';

/** Competences or needs as chips; each finds the other actors with the same entry. */
export function TagLinks({
  initiativeId,
  kind,
  tags,
  label,
}: {
  initiativeId: string;
  kind: 'competence' | 'need';
  tags: string[];
  label: string;
}) {
  return (
    <ul className="chips" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link className={`chip chip--${kind}`} to={`${initiativeRoute(initiativeId, 'directory')}?${new URLSearchParams({ [kind]: tag })}`}>
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
