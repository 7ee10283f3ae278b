// A labelled progress bar (React Aria's ProgressBar: role, value and label for screen readers).
// Without a value it shows that work is going on without claiming how far it is.
import { Label, ProgressBar } from 'react-aria-components';
import './job-progress.css';

export function JobProgress({ label, share }: { label: string; share?: number }) {
  const indeterminate = share === undefined;
  return (
    <ProgressBar className="job-progress" value={indeterminate ? undefined : Math.round(share * 100)} isIndeterminate={indeterminate}>
      {({ percentage, valueText }) => (
        <>
          <div className="job-progress__head">
            <Label className="job-progress__label">{label}</Label>
            {indeterminate ? null : <span className="job-progress__value">{valueText}</span>}
          </div>
          <div className="job-progress__track">
            <div
              className={indeterminate ? 'job-progress__fill job-progress__fill--indeterminate' : 'job-progress__fill'}
              style={indeterminate ? undefined : { width: `${percentage ?? 0}%` }}
            />
          </div>
        </>
      )}
    </ProgressBar>
  );
}
