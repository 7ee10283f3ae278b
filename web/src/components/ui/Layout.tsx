// Page scaffolding: a heading block and titled sections with consistent spacing.
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  eyebrow,
  children,
  actions,
}: {
  title: ReactNode;
  eyebrow?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div className="page-header__text">
        {eyebrow ? <div className="page-header__eyebrow">{eyebrow}</div> : null}
        <h1 className="page-header__title">{title}</h1>
        {children ? <div className="page-header__lead">{children}</div> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}

export function Section({
  title,
  id,
  description,
  actions,
  children,
  className,
}: {
  title: ReactNode;
  id: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={['section', className].filter(Boolean).join(' ')} aria-labelledby={`${id}-title`}>
      <div className="section__head">
        <div>
          <h2 className="section__title" id={`${id}-title`}>
            {title}
          </h2>
          {description ? <p className="section__description">{description}</p> : null}
        </div>
        {actions ? <div className="section__actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
