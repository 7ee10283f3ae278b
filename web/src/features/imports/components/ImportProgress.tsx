import { JobProgress } from '../../../components/ui/JobProgress';

/** A progress bar with its phase also said in a polite live region, for screen readers. */
export function ImportProgress({ label, share }: { label: string; share?: number }) {
  return (
    <section className="import-card import-progress">
      <p className="visually-hidden" role="status" aria-live="polite">
        {label}
      </p>
      <JobProgress label={label} share={share} />
    </section>
  );
}
